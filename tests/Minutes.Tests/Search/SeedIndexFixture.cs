using Minutes.Search.Answers;
using Minutes.Tests.Ingestion;

namespace Minutes.Tests.Search;

/// <summary>
/// The five seed minutes (src/samples) through the real ingestion pipeline into an index, once per test
/// class: what the eval and the extractive answers are measured on.
/// </summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly IngestionFixture _ingestion = new();
    private readonly TempIndex _temp = new();

    public SeedIndexFixture()
    {
        var sync = _temp.Index.SyncAsync(_ingestion.Pipeline.Scan([Fixtures.SamplesFolder]), _ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None)
            .GetAwaiter().GetResult();
        Assert.Equal(5, sync.Added);
        Assert.Empty(sync.Failed);
        Answers = Generator(new LlmOptions());
    }

    /// <summary>Extractive only: no language model configured.</summary>
    internal AnswerGenerator Answers { get; }

    internal AnswerGenerator Generator(LlmOptions options) => new(Searcher, Index, options);

    internal Minutes.Search.Querying.MinutesSearcher Searcher => _temp.Searcher;

    internal Minutes.Search.Indexing.MinutesIndex Index => _temp.Index;

    public void Dispose()
    {
        Answers.Dispose();
        _temp.Dispose();
        _ingestion.Dispose();
    }
}
