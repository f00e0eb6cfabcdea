using Microsoft.Extensions.Logging;
using Minutes.Search.Embeddings;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;
using Minutes.Tests.Ingestion;
using Minutes.Tests.Search.Answers;

namespace Minutes.Tests.Search.Embeddings;

/// <summary>
/// A copy of the five seed minutes in a temp folder and an index over them whose embeddings point at
/// a <see cref="FakeEmbeddingServer"/>; log lines are recorded. Deleted on dispose.
/// </summary>
internal sealed class HybridIndex : IDisposable
{
    private readonly LoggerFactory _logging = new();

    public HybridIndex(IngestionFixture ingestion, EmbeddingOptions? embeddings)
    {
        Ingestion = ingestion;
        Embeddings = embeddings;
        Root = Path.Combine(Path.GetTempPath(), "minutes-hybrid-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(MinutesFolder);
        foreach (var file in Directory.EnumerateFiles(Fixtures.SamplesFolder))
        {
            File.Copy(file, Path.Combine(MinutesFolder, Path.GetFileName(file)));
        }

        _logging.AddProvider(Log);
        Index = Open();
    }

    public IngestionFixture Ingestion { get; }

    public EmbeddingOptions? Embeddings { get; }

    public string Root { get; }

    public string MinutesFolder => Path.Combine(Root, "minutes");

    public string IndexFolder => Path.Combine(Root, "index");

    public RecordingLoggerProvider Log { get; } = new();

    public MinutesIndex Index { get; private set; }

    public MinutesSearcher Searcher => new(Index);

    public IEnumerable<string> Warnings => Log.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal));

    public Task<SyncReport> SyncAsync() =>
        Index.SyncAsync(Ingestion.Pipeline.Scan([MinutesFolder]), Ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);

    /// <summary>Closes the index and opens it again from its folder, as a new process would.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = Open();
    }

    private MinutesIndex Open() =>
        new(new IndexOptions { Path = IndexFolder }, TempIndex.Analysis, _logging.CreateLogger<MinutesIndex>(), Embeddings);

    public void Dispose()
    {
        Index.Dispose();
        _logging.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leaked handle may hold a file a little longer.
        }
    }
}
