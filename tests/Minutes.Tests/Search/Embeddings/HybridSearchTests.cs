using Minutes.Search.Embeddings;
using Minutes.Search.Querying;
using Minutes.Tests.Ingestion;

namespace Minutes.Tests.Search.Embeddings;

/// <summary>
/// Hybrid retrieval over the seed minutes against a real OpenAI-protocol embeddings server on loopback
/// (<see cref="FakeEmbeddingServer"/>, hashed bag-of-words vectors): fusion when on, nothing when off,
/// vectors kept across runs, and lexical search whenever the server fails or is slow.
/// </summary>
public sealed class HybridSearchTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>, IAsyncLifetime
{
    private FakeEmbeddingServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeEmbeddingServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private EmbeddingOptions Options(int queryTimeoutMs = 5_000) => new()
    {
        Endpoint = _server.Endpoint.ToString(),
        Model = "fake-embedding",
        QueryTimeoutMs = queryTimeoutMs,
        TimeoutSeconds = 30,
        RetryAfterSeconds = 0,
    };

    private static SearchRequest Request(string q) => new() { Q = q, Limit = 10 };

    private static IReadOnlyList<string> Ids(SearchResponse response) => response.Hits.Select(h => h.Id).ToList();

    [Fact]
    public async Task EveryPassageGetsAVectorAtIndexingInBatches()
    {
        using var index = new HybridIndex(ingestion, Options());

        await index.SyncAsync();

        var passages = index.Index.GetStats().Passages;
        Assert.Equal(passages, index.Index.Vectors!.Count);
        Assert.Equal(passages, _server.InputCount);
        Assert.True(_server.Requests.Count >= passages / Options().BatchSize, $"{_server.Requests.Count} requests for {passages} passages");
        Assert.All(_server.Requests, r => Assert.InRange(r.Count, 1, Options().BatchSize));
        Assert.True(File.Exists(Path.Combine(index.IndexFolder, VectorFile.Name)));
    }

    [Fact]
    public async Task FusionFindsAPassageThatOnlyTheVectorsMatch()
    {
        // The fake's stand-in for a model that knows two words are near in meaning: a made-up word no seed holds.
        _server.Aliases["hjemgivere"] = "plejefamilier";
        using var index = new HybridIndex(ingestion, Options());
        await index.SyncAsync();
        const string question = "hjemgivere";

        var lexical = index.Searcher.Search(Request(question));
        var hybrid = await index.Searcher.SearchAsync(Request(question), CancellationToken.None);

        Assert.DoesNotContain(lexical.Hits.Take(3), h => h.Text.Contains("plejefamilier", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(hybrid.Hits.Take(3), h => h.Text.Contains("plejefamilier", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(Ids(lexical), Ids(hybrid));
        Assert.True(hybrid.Total >= lexical.Total);
    }

    [Fact]
    public async Task FusionKeepsAPassageThatBothRankingsPutFirstOnTop()
    {
        using var index = new HybridIndex(ingestion, Options());
        await index.SyncAsync();

        var lexical = index.Searcher.Search(Request("Døgndiamanten målgruppe"));
        var hybrid = await index.Searcher.SearchAsync(Request("Døgndiamanten målgruppe"), CancellationToken.None);

        Assert.Contains("Døgndiamanten", hybrid.Hits[0].Item?.Title, StringComparison.Ordinal);
        Assert.Equal(lexical.Hits[0].Item?.Id, hybrid.Hits[0].Item?.Id);
    }

    [Fact]
    public async Task FiltersApplyToThePassagesFoundByVector()
    {
        _server.Aliases["plejeforældre"] = "plejefamilier";
        using var index = new HybridIndex(ingestion, Options());
        await index.SyncAsync();

        var hybrid = await index.Searcher.SearchAsync(
            new SearchRequest { Q = "plejeforældre", Kind = "decision", From = new DateOnly(2024, 1, 1) }, CancellationToken.None);

        Assert.All(hybrid.Hits, h => Assert.Equal("decision", h.Kind));
        Assert.All(hybrid.Hits, h => Assert.True(h.Meeting.Date >= new DateOnly(2024, 1, 1), $"{h.Id} of {h.Meeting.Date}"));
    }

    [Fact]
    public async Task WithoutEmbeddingsConfiguredSearchIsLexicalAndNothingIsSentOrStored()
    {
        using var index = new HybridIndex(ingestion, embeddings: null);
        await index.SyncAsync();

        var plain = index.Searcher.Search(Request("plejefamilier"));
        var viaAsync = await index.Searcher.SearchAsync(Request("plejefamilier"), CancellationToken.None);

        Assert.Null(index.Index.Vectors);
        Assert.Equal(Ids(plain), Ids(viaAsync));
        Assert.Equal(plain.Hits.Select(h => h.Score), viaAsync.Hits.Select(h => h.Score));
        Assert.Empty(_server.Requests);
        Assert.False(File.Exists(Path.Combine(index.IndexFolder, VectorFile.Name)));
    }

    [Fact]
    public async Task VectorsSurviveReindexingOfUnchangedFilesWithoutNewRequests()
    {
        using var index = new HybridIndex(ingestion, Options());
        await index.SyncAsync();
        var first = _server.Requests.Count;

        index.Reopen();
        var report = await index.SyncAsync();
        // Same content, new time: the file is hashed again, its passages are not embedded again.
        File.SetLastWriteTimeUtc(Directory.EnumerateFiles(index.MinutesFolder).First(), DateTime.UtcNow.AddMinutes(5));
        await index.SyncAsync();
        var hybrid = await index.Searcher.SearchAsync(Request("Døgndiamanten"), CancellationToken.None);

        Assert.Equal(5, report.Unchanged);
        Assert.Equal(first + 1, _server.Requests.Count); // the one question, no passage
        Assert.Single(_server.Requests.Last());
        Assert.Equal(index.Index.GetStats().Passages, index.Index.Vectors!.Count);
        Assert.NotEmpty(hybrid.Hits);
    }

    [Fact]
    public async Task AChangedFileSendsOnlyItsChangedPassages()
    {
        using var index = new HybridIndex(ingestion, Options());
        await index.SyncAsync();
        var before = _server.InputCount;
        var file = Directory.EnumerateFiles(index.MinutesFolder, "001_*").Single();

        await File.AppendAllTextAsync(file, "\nEkstra bemærkning om plejefamilier tilføjet efter mødet.\n");
        var report = await index.SyncAsync();

        Assert.Equal(1, report.Changed);
        var sent = _server.InputCount - before;
        Assert.InRange(sent, 1, 3); // the passage(s) holding the new line, not the meeting's other passages
    }

    [Fact]
    public async Task AFailingServerAtSearchDegradesToLexicalSearchWithAWarning()
    {
        using var index = new HybridIndex(ingestion, Options());
        await index.SyncAsync();
        _server.Status = 500;

        var lexical = index.Searcher.Search(Request("Døgndiamanten"));
        var hybrid = await index.Searcher.SearchAsync(Request("Døgndiamanten"), CancellationToken.None);

        Assert.Equal(Ids(lexical), Ids(hybrid));
        Assert.Contains(index.Warnings, l => l.Contains("Embedding the question failed (status 500)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASlowServerAtSearchDegradesToLexicalSearchAfterTheQueryTimeout()
    {
        using var index = new HybridIndex(ingestion, Options(queryTimeoutMs: 200));
        await index.SyncAsync();
        _server.Delay = TimeSpan.FromMinutes(2);

        var lexical = index.Searcher.Search(Request("Døgndiamanten"));
        var hybrid = await index.Searcher.SearchAsync(Request("Døgndiamanten"), CancellationToken.None);

        Assert.Equal(Ids(lexical), Ids(hybrid));
        Assert.Contains(index.Warnings, l => l.Contains("Embedding the question failed (timed out)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailingServerAtIndexingLeavesTheSyncWholeAndTheNextSyncEmbeds()
    {
        _server.Status = 503;
        using var index = new HybridIndex(ingestion, Options());

        var report = await index.SyncAsync();
        var lexical = await index.Searcher.SearchAsync(Request("Døgndiamanten"), CancellationToken.None);

        Assert.Equal(5, report.Added);
        Assert.Empty(report.Failed);
        Assert.Equal(0, index.Index.Vectors!.Count);
        Assert.NotEmpty(lexical.Hits);
        Assert.Contains(index.Warnings, l => l.Contains("Embedding passages failed (status 503)", StringComparison.Ordinal));

        _server.Status = null;
        await index.SyncAsync();
        Assert.Equal(index.Index.GetStats().Passages, index.Index.Vectors.Count);
    }

    [Fact]
    public async Task AnUnreachableServerNeverFailsASearch()
    {
        var closed = _server.Endpoint.ToString();
        await _server.DisposeAsync();
        _server = await FakeEmbeddingServer.StartAsync(); // for DisposeAsync
        using var index = new HybridIndex(ingestion, new EmbeddingOptions { Endpoint = closed, Model = "m", RetryAfterSeconds = 0 });

        await index.SyncAsync();
        var response = await index.Searcher.SearchAsync(Request("Døgndiamanten"), CancellationToken.None);

        Assert.NotEmpty(response.Hits);
        Assert.Contains(index.Warnings, l => l.Contains("Embedding passages failed (server unreachable)", StringComparison.Ordinal));
    }
}
