using System.Globalization;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Search.Analysis;
using Minutes.Search.Embeddings;

namespace Minutes.Search.Indexing;

/// <summary>
/// The one owner of the index folder: its directory, its single long-lived <see cref="IndexWriter"/> and
/// the <see cref="SearcherManager"/> every search goes through. Create one per process (a singleton) and
/// dispose it at shutdown. On open it checks the schema version and analyzer fingerprint recorded in the
/// last commit; an index of another version, or one that cannot be read, is replaced by an empty one
/// (logged as a warning) and the next <see cref="SyncAsync"/> fills it again, so a half-broken index is
/// never served.
/// </summary>
/// <remarks>
/// The folder is opened with <see cref="NIOFSDirectory"/>: this Lucene.Net release's MMapDirectory
/// crashes searches on Linux (apache/lucenenet#1013). Its native lock is released by the OS when a
/// process dies, so a <c>write.lock</c> file left by a killed run does not block the next one.
/// </remarks>
public sealed class MinutesIndex : IDisposable
{
    /// <summary>Bump when fields or passage cutting change: an older index is rebuilt on open.</summary>
    public const string SchemaVersion = "8";

    internal const string SchemaKey = "minutes.schema";

    private volatile MeetingList? _meetings;
    internal const string AnalyzerKey = "minutes.analyzer";
    internal const string CommittedAtKey = "minutes.committed_at";

    private readonly MemoryReadDirectory _directory;
    /// <summary>
    /// Null when the folder is read-only or another process writes it: the last commit is served and
    /// syncs fail (or, once the other process is done, take the folder over).
    /// </summary>
    private IndexWriter? _writer;
    private IndexOwnerLock? _owner;
    private volatile SearcherManager _searchers;
    private readonly bool _folderReadOnly;
    private readonly ILogger _logger;
    private readonly string _analyzerFingerprint;
    private readonly object _commitLock = new();
    private readonly SemaphoreSlim _syncGate = new(1, 1);
    private bool _disposed;

    /// <summary>For dependency injection; see <see cref="MinutesIndex(IndexOptions, DanishAnalysis, ILogger{MinutesIndex}, EmbeddingOptions)"/>.</summary>
    public MinutesIndex(IOptions<IndexOptions> options, DanishAnalysis analysis, ILogger<MinutesIndex> logger, IOptions<EmbeddingOptions>? embeddings = null)
        : this(options.Value, analysis, logger, embeddings?.Value)
    {
    }

    /// <summary>
    /// Opens (or creates, or rebuilds) the index at <see cref="IndexOptions.Path"/>; with configured
    /// <paramref name="embeddings"/>, also its passage vectors (<see cref="PassageVectors"/>).
    /// </summary>
    public MinutesIndex(IndexOptions options, DanishAnalysis analysis, ILogger<MinutesIndex>? logger = null, EmbeddingOptions? embeddings = null)
    {
        Options = options;
        Analysis = analysis;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Path = System.IO.Path.GetFullPath(options.Path);
        System.IO.Directory.CreateDirectory(Path);
        Vectors = embeddings is { IsConfigured: true } ? new PassageVectors(embeddings, Path, _logger) : null;
        _directory = new MemoryReadDirectory(new NIOFSDirectory(new DirectoryInfo(Path)), options.MemoryCacheMb * 1024L * 1024L);
        _analyzerFingerprint = AnalyzerFingerprint.Compute(analysis);
        // Titles are boosted thrice: only whole words count there; the passage text (which repeats an
        // item's heading) carries the compound parts.
        FieldAnalyzer = new PerFieldAnalyzerWrapper(
            analysis.IndexAnalyzer,
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [IndexFields.Title] = analysis.WholeWordAnalyzer });

        if (FolderReadOnlyReason(Path) is { } readOnly)
        {
            // A read-only folder (a mount gone read-only, a restored backup) still serves its last commit.
            (OpenOutcome, OpenReason) = ServeLastCommit($"the folder is read-only ({readOnly})");
            _folderReadOnly = true;
            _searchers = new SearcherManager(_directory, new Bm25SearcherFactory());
            return;
        }

        _owner = IndexOwnerLock.TryAcquire(Path);
        if (_owner is null)
        {
            // Another process is writing: serve its last commit, never touch its files.
            (OpenOutcome, OpenReason) = ServeLastCommit("another process (or another open index in this one) is writing it");
            _searchers = new SearcherManager(_directory, new Bm25SearcherFactory());
            return;
        }

        (OpenOutcome, OpenReason) = OpenForWriting();
        _searchers = new SearcherManager(_writer!, true, new Bm25SearcherFactory());
    }

    /// <summary>Checks the last commit (only with the owner lock held) and opens the writer on it, rebuilding what cannot be used.</summary>
    private (IndexOpenOutcome Outcome, string? Reason) OpenForWriting()
    {
        var (outcome, reason) = Inspect();
        if (outcome == IndexOpenOutcome.Rebuilt)
        {
            _logger.LogWarning(
                "Index at {IndexPath} is {Reason}; replacing it with an empty index, the next sync indexes every file again",
                Path, reason);
            DeleteIndexFiles();
        }

        _writer = OpenWriter(outcome == IndexOpenOutcome.Opened ? OpenMode.APPEND : OpenMode.CREATE);
        if (outcome != IndexOpenOutcome.Opened)
        {
            Commit();
        }

        _logger.LogInformation("Index at {IndexPath} {Outcome}", Path, outcome);
        return (outcome, reason);
    }

    private (IndexOpenOutcome Outcome, string? Reason) ServeLastCommit(string why)
    {
        var (outcome, reason) = Inspect();
        if (outcome != IndexOpenOutcome.Opened)
        {
            throw new IndexWriteException(Path, new IOException($"{why} and it holds no usable index yet ({reason})"));
        }

        _logger.LogWarning("Index at {IndexPath}: {Reason}; serving its last commit, syncs will fail until it is free", Path, why);
        ReadOnlyReason = why;
        return (outcome, null);
    }

    /// <summary>Full path of the index folder.</summary>
    public string Path { get; }

    /// <summary>
    /// True when this instance does not write the folder (it is read-only, or another process writes
    /// it): searches are served from the last commit, syncs throw <see cref="IndexWriteException"/>.
    /// </summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>Why this instance does not write the folder; null when it does.</summary>
    public string? ReadOnlyReason { get; private set; }

    public IndexOptions Options { get; }

    /// <summary>The analyzers the index was built with; the searcher analyses queries with the same.</summary>
    public DanishAnalysis Analysis { get; }

    /// <summary>The analyzer each field is indexed with; analyse a field's text with it to get the terms the index holds.</summary>
    public Lucene.Net.Analysis.Analyzer FieldAnalyzer { get; }

    /// <summary>Whether the folder held a usable index when this instance opened it.</summary>
    public IndexOpenOutcome OpenOutcome { get; }

    /// <summary>Why the index was created or rebuilt ("missing", "schema 0, expected 1", "unreadable: ..."); null when opened.</summary>
    public string? OpenReason { get; }

    /// <summary>
    /// Brings the index in line with <paramref name="scan"/> (the source files one walk found, see
    /// <see cref="SourceFolders.Scan"/>): new and changed files are parsed with <paramref name="parse"/> and their
    /// passages replaced in one atomic update; indexed files the scan no longer holds are removed (those
    /// under a missing folder are kept); unchanged files (same size and time, or same SHA-256) are not
    /// parsed. A file that fails keeps what was indexed before and is reported. Commits at the end (and
    /// every <see cref="IndexOptions.CommitEveryFiles"/> changed files, default 500); searches see the new
    /// passages as soon as the sync ends. One sync runs at a time. An index whose own files turn out
    /// damaged is repaired (or rebuilt) and synced again; <see cref="SyncReport.Repairs"/> says what was done.
    /// </summary>
    public async Task<SyncReport> SyncAsync(
        SourceScan scan,
        Func<string, CancellationToken, Task<ParsedFile>> parse,
        IProgress<SyncProgress>? progress,
        CancellationToken cancellationToken)
    {
        var repairs = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            var writer = TryTakeOver()
                ?? throw new IndexWriteException(Path, new IOException(ReadOnlyReason ?? "the folder is read-only"));
            try
            {
                var report = await new IndexSync(this, writer, _syncGate, _logger).RunAsync(scan, parse, progress, cancellationToken);
                if (Vectors is not null)
                {
                    using var lease = Acquire();
                    await Vectors.UpdateAsync(lease.Searcher, cancellationToken);
                }

                return report with { Repairs = repairs };
            }
            catch (IndexWriteException ex) when (attempt <= 2 && IndexRepair.IsDamage(ex.InnerException, Path))
            {
                // Never left stuck: first back to the last commit (checked, broken segments dropped),
                // then, if writing fails again, an empty index filled from the sources.
                await _syncGate.WaitAsync(cancellationToken);
                try
                {
                    var done = attempt == 1 ? Repair() : Rebuild();
                    repairs.Add(done);
                    _logger.LogWarning("Index at {IndexPath} could not be written ({Reason}); {Repair}; syncing again",
                        Path, ex.InnerException!.Message, done);
                }
                finally
                {
                    _syncGate.Release();
                }
            }
        }
    }

    /// <summary>The passage vectors for hybrid retrieval; null when <see cref="EmbeddingOptions"/> are not configured.</summary>
    public PassageVectors? Vectors { get; }

    /// <summary>Drops what the failed sync wrote, checks the last commit and opens a new writer on what is sound.</summary>
    private string Repair()
    {
        lock (_commitLock)
        {
            var before = _directory.ListAll().Length;
            _writer!.Rollback();
            _writer = null;
            var done = IndexRepair.CheckAndFix(_directory.Delegate, _logger);
            if (done is null)
            {
                return Rebuild();
            }

            // The new writer's file deleter removes whatever no commit references.
            OpenForWriting();
            SwapSearchers();
            return $"{done}; removed {Math.Max(0, before - _directory.ListAll().Length)} leftover files";
        }
    }

    /// <summary>Replaces the index by an empty one; the sync after it indexes every file from the sources.</summary>
    private string Rebuild()
    {
        lock (_commitLock)
        {
            try
            {
                _writer?.Rollback();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The writer is already broken; its files go below.
            }

            _writer = null;
            DeleteIndexFiles();
            _writer = OpenWriter(OpenMode.CREATE);
            Commit();
            SwapSearchers();
            _logger.LogWarning("Index at {IndexPath} could not be repaired; rebuilt empty, every file is indexed again from the sources", Path);
            return "the index could not be repaired: rebuilt from the sources";
        }
    }

    private void SwapSearchers()
    {
        var old = _searchers;
        _searchers = new SearcherManager(_writer!, true, new Bm25SearcherFactory());
        old.Dispose();
    }

    /// <summary>The writer; when another process wrote the folder at open and has finished since, takes the folder over first.</summary>
    private IndexWriter? TryTakeOver()
    {
        lock (_commitLock)
        {
            if (_writer is not null || _folderReadOnly || _disposed)
            {
                return _writer;
            }

            _owner = IndexOwnerLock.TryAcquire(Path);
            if (_owner is null)
            {
                return null;
            }

            OpenForWriting();
            SwapSearchers();
            ReadOnlyReason = null;
            _logger.LogInformation("Index at {IndexPath}: the other writer has finished; this process writes it now", Path);
            return _writer;
        }
    }

    /// <summary>How much the index holds and when it was last committed.</summary>
    public IndexStats GetStats()
    {
        using var lease = Acquire();
        var stats = IndexCatalog.Stats(lease.Searcher);
        return stats with { LastCommit = LastCommit() };
    }

    /// <summary>Every indexed meeting, newest first.</summary>
    public IReadOnlyList<MeetingSummary> ListMeetings()
    {
        using var lease = Acquire();
        var reader = lease.Searcher.IndexReader;
        // Every meeting page asks for its neighbours: read the file records once per reopened reader.
        if (_meetings is { } cached && ReferenceEquals(cached.Reader, reader))
        {
            return cached.Meetings;
        }

        var meetings = IndexCatalog.Meetings(lease.Searcher);
        _meetings = new MeetingList(reader, meetings);
        return meetings;
    }

    private sealed record MeetingList(IndexReader Reader, IReadOnlyList<MeetingSummary> Meetings);

    /// <summary>All passages of one meeting in reading order; empty when the id is unknown.</summary>
    public IReadOnlyList<StoredPassage> GetMeetingPassages(string meetingId)
    {
        using var lease = Acquire();
        return IndexCatalog.Passages(lease.Searcher, meetingId);
    }

    /// <summary>One meeting with its stored JSON and source file; null when the id is unknown.</summary>
    public IndexedMeeting? GetMeeting(string meetingId)
    {
        using var lease = Acquire();
        return IndexCatalog.Meeting(lease.Searcher, meetingId);
    }

    /// <summary>The id of the meeting an agenda item belongs to; null when the item id is unknown.</summary>
    public string? FindMeetingOfItem(string itemId)
    {
        using var lease = Acquire();
        return IndexCatalog.MeetingOfItem(lease.Searcher, itemId);
    }

    /// <summary>Makes changes written so far visible to new searches (near-real-time reopen).</summary>
    public void Refresh()
    {
        _searchers.MaybeRefreshBlocking();
        // The searcher just replaced held the files of merged-away segments; they can go now, not at the next commit.
        _writer?.DeleteUnusedFiles();
    }

    internal SearcherLease Acquire()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers);
    }

    /// <summary>Commits pending changes with the schema version, analyzer fingerprint and time.</summary>
    /// <param name="waitForMerges">
    /// First let running merges finish, so the commit holds their few large segments (what searches
    /// are fast on) and the files they replace can go: for the end of a sync.
    /// </param>
    internal void Commit(bool waitForMerges = false)
    {
        if (_writer is null)
        {
            throw new InvalidOperationException($"The index at {Path} is read-only");
        }

        if (waitForMerges)
        {
            _writer.WaitForMerges();
        }

        lock (_commitLock)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [SchemaKey] = SchemaVersion,
                [AnalyzerKey] = _analyzerFingerprint,
                [CommittedAtKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            });
            _writer.Commit();
        }
    }

    private DateTimeOffset? LastCommit()
    {
        IDictionary<string, string>? data;
        if (_writer is not null)
        {
            data = _writer.CommitData;
        }
        else
        {
            var infos = new SegmentInfos();
            infos.Read(_directory);
            data = infos.UserData;
        }

        return data is not null && data.TryGetValue(CommittedAtKey, out var at)
            && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>Why <paramref name="folder"/> cannot be written, or null when a file can be created in it.</summary>
    private static string? FolderReadOnlyReason(string folder)
    {
        try
        {
            using var probe = new FileStream(
                System.IO.Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    private IndexWriter OpenWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, FieldAnalyzer)
        {
            OpenMode = mode,
            Similarity = new MinutesSimilarity(),
            // Few segments matter more than cheap merges: every search pays per segment (a term
            // lookup per query term and field, a scorer tree), and one segment searches twice as
            // fast as fourteen. Small flushes are merged early; a big buffer makes fewer of them.
            RAMBufferSizeMB = 64,
            MergePolicy = new TieredMergePolicy
            {
                SegmentsPerTier = 4,
                MaxMergeAtOnce = 4,
                FloorSegmentMB = 32,
            },
        };
        try
        {
            return new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new InvalidOperationException(
                $"The index at {Path} is locked by another running writer (another process or MinutesIndex instance); " +
                "only one may own it at a time.", ex);
        }
    }

    /// <summary>Decides whether the folder's index can be served as is, and why not.</summary>
    private (IndexOpenOutcome Outcome, string? Reason) Inspect()
    {
        var files = _directory.ListAll();
        if (!files.Any(f => f.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)))
        {
            return files.Any(f => f.StartsWith('_'))
                ? (IndexOpenOutcome.Rebuilt, "unreadable: segment files without a commit point")
                : (IndexOpenOutcome.Created, "missing");
        }

        try
        {
            var infos = new SegmentInfos();
            infos.Read(_directory);
            var data = infos.UserData;
            var schema = data.TryGetValue(SchemaKey, out var s) ? s : "none";
            if (schema != SchemaVersion)
            {
                return (IndexOpenOutcome.Rebuilt, $"schema version {schema}, expected {SchemaVersion}");
            }

            if (!data.TryGetValue(AnalyzerKey, out var analyzer) || analyzer != _analyzerFingerprint)
            {
                return (IndexOpenOutcome.Rebuilt, "built with another analyzer");
            }

            // From disk: through the memory directory this check would load every file a second time.
            using var reader = DirectoryReader.Open(_directory.Delegate);
            IndexCatalog.Touch(reader);
            return (IndexOpenOutcome.Opened, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any failure to read the last commit (IOException, CorruptIndexException, garbage that
            // surfaces as an argument or format error) means the index cannot be trusted.
            return (IndexOpenOutcome.Rebuilt, $"unreadable: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Deletes Lucene's files only, so a README or other files kept in the folder survive.</summary>
    private void DeleteIndexFiles()
    {
        foreach (var name in _directory.ListAll())
        {
            if (name.StartsWith('_') || name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal))
            {
                File.Delete(System.IO.Path.Combine(Path, name));
            }
        }
    }

    /// <summary>
    /// Closes the searchers and the writer without a final commit: a sync commits when it ends, and
    /// anything uncommitted belongs to a sync that was cut off.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer?.Rollback();
        Vectors?.Dispose();
        _owner?.Dispose();
        _syncGate.Dispose();
        _directory.Dispose();
    }
}
