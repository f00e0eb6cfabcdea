using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;

namespace Minutes.Search.Embeddings;

/// <summary>
/// The vectors of one index's passages, for hybrid retrieval: filled after each sync
/// (<see cref="UpdateAsync"/>: only passages whose embedded text has no vector yet are sent), kept in
/// <see cref="VectorFile"/> beside the index, held in memory, and searched by brute force
/// (<see cref="Nearest"/>: a dot product with every passage vector that passes the search's filters).
/// Brute force is fine at the scale of one municipality's minutes (Greve's 370 meetings: about 10k
/// passages, a few ms per question); at hundreds of thousands of passages it would want an ANN index,
/// and memory is 4 bytes × dimension per passage (1536 dimensions: 6 KB). A failing or slow server
/// never fails a sync or a search: passages without vectors and questions that could not be embedded
/// are searched lexically, with a warning in the log. Thread-safe.
/// </summary>
public sealed class PassageVectors : IDisposable
{
    private readonly EmbeddingClient _client;
    private readonly VectorFile _file;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<UInt128, float[]> _vectors;
    private readonly ConditionalWeakTable<object, LeafVectors> _leaves = new();
    private readonly SemaphoreSlim _updating = new(1, 1);
    private int _version;
    private long _lexicalUntil;

    internal PassageVectors(EmbeddingOptions options, string indexFolder, ILogger logger)
    {
        Options = options;
        _logger = logger;
        _client = new EmbeddingClient(options);
        _file = new VectorFile(Path.Combine(indexFolder, VectorFile.Name), options.Model!);
        try
        {
            _vectors = new ConcurrentDictionary<UInt128, float[]>(_file.Load());
        }
        catch (IOException ex)
        {
            _logger.LogWarning("The passage vectors at {VectorFile} could not be read ({Reason}); passages are embedded again", _file.Path, ex.Message);
            _vectors = new ConcurrentDictionary<UInt128, float[]>();
        }
    }

    internal EmbeddingOptions Options { get; }

    /// <summary>Passage vectors held (including ones of passages no longer indexed, until the file is compacted).</summary>
    public int Count => _vectors.Count;

    /// <summary>
    /// Embeds every passage of <paramref name="searcher"/>'s index that has no vector yet, in batches of
    /// <see cref="EmbeddingOptions.BatchSize"/>, and appends them to the file. Stops at the first failed
    /// batch (logged; the rest is embedded by the next sync). Returns the number of passages embedded.
    /// </summary>
    internal async Task<int> UpdateAsync(IndexSearcher searcher, CancellationToken cancellationToken)
    {
        await _updating.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var live = new HashSet<UInt128>();
            var missing = new Dictionary<UInt128, string>();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var vectors = Leaf(reader);
                var liveDocs = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (vectors.IsPassage[doc] && (liveDocs is null || liveDocs.Get(doc)) && live.Add(vectors.Keys[doc])
                        && !_vectors.ContainsKey(vectors.Keys[doc]))
                    {
                        missing[vectors.Keys[doc]] = EmbeddingText.Read(reader, doc)!;
                    }
                }
            }

            var embedded = 0;
            foreach (var batch in missing.Chunk(Options.BatchSize))
            {
                IReadOnlyList<float[]> vectors;
                try
                {
                    vectors = await _client.EmbedAsync(batch.Select(b => b.Value).ToList(), TimeSpan.FromSeconds(Options.TimeoutSeconds), cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    _logger.LogWarning(
                        "Embedding passages failed ({Failure}); {MissingCount} passages are searched lexically only until the next sync",
                        Describe(ex), missing.Count - embedded);
                    break;
                }

                var records = batch.Zip(vectors, (b, v) => new KeyValuePair<UInt128, float[]>(b.Key, v)).ToList();
                Add(records);
                embedded += records.Count;
            }

            Interlocked.Increment(ref _version);
            Compact(live);
            if (embedded > 0 || missing.Count > 0)
            {
                _logger.LogInformation(
                    "Embedded {EmbeddedCount} of {MissingCount} passages without a vector ({PassageCount} passages) in {ElapsedMs} ms",
                    embedded, missing.Count, live.Count, clock.ElapsedMilliseconds);
            }

            return embedded;
        }
        finally
        {
            _updating.Release();
        }
    }

    /// <summary>
    /// The question's vector, or null (search lexically) when the server fails or takes longer than
    /// <see cref="EmbeddingOptions.QueryTimeoutMs"/>; after a failure no question is sent for
    /// <see cref="EmbeddingOptions.RetryAfterSeconds"/>, so searches are not each kept waiting.
    /// </summary>
    internal async Task<float[]?> EmbedQuestionAsync(string question, CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 < Interlocked.Read(ref _lexicalUntil) || _vectors.IsEmpty)
        {
            return null;
        }

        try
        {
            return (await _client.EmbedAsync([question], TimeSpan.FromMilliseconds(Options.QueryTimeoutMs), cancellationToken))[0];
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _lexicalUntil, Environment.TickCount64 + Options.RetryAfterSeconds * 1000L);
            _logger.LogWarning(
                "Embedding the question failed ({Failure}); searching lexically for the next {RetryAfterSeconds} s",
                Describe(ex), Options.RetryAfterSeconds);
            return null;
        }
    }

    /// <summary>
    /// The <paramref name="count"/> passages most similar to <paramref name="question"/> (cosine, best
    /// first, only positive similarities), among those <paramref name="filter"/> lets through: index-wide doc ids.
    /// </summary>
    internal IReadOnlyList<(int Doc, float Similarity)> Nearest(IndexSearcher searcher, float[] question, Filter? filter, int count)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var vectors = Leaf(reader);
            var accept = Accepted(leaf, filter);
            if (filter is not null && accept is null)
            {
                continue;
            }

            var liveDocs = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (vectors.Vectors[doc] is not { } vector || vector.Length != question.Length
                    || liveDocs?.Get(doc) == false || accept?.Get(doc) == false)
                {
                    continue;
                }

                var similarity = VectorMath.Cosine(question, vector);
                if (similarity > 0)
                {
                    best.Enqueue(leaf.DocBase + doc, similarity);
                    if (best.Count > count)
                    {
                        best.Dequeue();
                    }
                }
            }
        }

        var nearest = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var doc, out var similarity))
        {
            nearest.Add((doc, similarity));
        }

        nearest.Reverse();
        return nearest;
    }

    /// <summary>The documents of one segment the filter lets through, or null when none.</summary>
    private static FixedBitSet? Accepted(AtomicReaderContext leaf, Filter? filter)
    {
        if (filter?.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator() is not { } iterator)
        {
            return null;
        }

        var accepted = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
        {
            accepted.Set(doc);
        }

        return accepted;
    }

    /// <summary>A segment's keys (read once per segment) and vectors (looked up again when the store has grown).</summary>
    private LeafVectors Leaf(AtomicReader reader)
    {
        var leaf = _leaves.GetValue(reader.CoreCacheKey, _ => LeafVectors.Read(reader));
        var version = Volatile.Read(ref _version);
        if (leaf.Version != version)
        {
            lock (leaf)
            {
                if (leaf.Version != version)
                {
                    for (var doc = 0; doc < leaf.Keys.Length; doc++)
                    {
                        if (leaf.IsPassage[doc])
                        {
                            leaf.Vectors[doc] = _vectors.GetValueOrDefault(leaf.Keys[doc]);
                        }
                    }

                    leaf.Version = version;
                }
            }
        }

        return leaf;
    }

    private void Add(List<KeyValuePair<UInt128, float[]>> records)
    {
        // A server that starts answering with another length (a model swapped behind the same name) invalidates the old vectors.
        if (records.Count > 0 && _vectors.Values.FirstOrDefault() is { } known && known.Length != records[0].Value.Length)
        {
            _logger.LogWarning(
                "The embedding model now returns {NewDimensions} dimensions instead of {OldDimensions}; the stored vectors are dropped",
                records[0].Value.Length, known.Length);
            _vectors.Clear();
            _file.Rewrite([]);
        }

        foreach (var (key, vector) in records)
        {
            _vectors[key] = vector;
        }

        _file.Append(records);
    }

    /// <summary>Rewrites the file without vectors no passage uses once they outnumber the used ones.</summary>
    private void Compact(HashSet<UInt128> live)
    {
        var stale = _vectors.Keys.Where(k => !live.Contains(k)).ToList();
        if (stale.Count < 1_000 || stale.Count < live.Count)
        {
            return;
        }

        foreach (var key in stale)
        {
            _vectors.TryRemove(key, out _);
        }

        _file.Rewrite(_vectors.ToList());
        Interlocked.Increment(ref _version);
    }

    /// <summary>The kind of failure, without the server's text (it may echo passages or keys).</summary>
    private static string Describe(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case OperationCanceledException:
                    return "timed out";
                case System.ClientModel.ClientResultException { Status: > 0 } result:
                    return $"status {result.Status}";
                case HttpRequestException:
                    return "server unreachable";
                case InvalidDataException invalid:
                    return invalid.Message;
            }
        }

        return exception.GetType().Name;
    }

    public void Dispose()
    {
        _client.Dispose();
        _updating.Dispose();
    }

    /// <summary>Per segment: which documents are passages, their keys, and their vectors as of <see cref="Version"/>.</summary>
    private sealed class LeafVectors(UInt128[] keys, bool[] isPassage)
    {
        public UInt128[] Keys { get; } = keys;

        public bool[] IsPassage { get; } = isPassage;

        public float[]?[] Vectors { get; } = new float[keys.Length][];

        public int Version { get; set; } = -1;

        public static LeafVectors Read(AtomicReader reader)
        {
            var keys = new UInt128[reader.MaxDoc];
            var isPassage = new bool[reader.MaxDoc];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (EmbeddingText.Read(reader, doc) is { } text)
                {
                    keys[doc] = VectorKey.Of(text);
                    isPassage[doc] = true;
                }
            }

            return new LeafVectors(keys, isPassage);
        }
    }
}
