using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Minutes.Search.Answers;

namespace Minutes.Tests.Search.Answers;

/// <summary>
/// Summaries through Semantic Kernel against a real OpenAI-protocol server on loopback
/// (<see cref="FakeChatServer"/>), over the seed index: good replies, streamed replies, bad citations,
/// slow, rate-limited, failing and malformed servers, prompt injection and the API key.
/// </summary>
public sealed class LlmAnswerTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>, IAsyncLifetime
{
    private const string Question = "hvad blev besluttet om Døgndiamanten";
    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private LlmOptions Options(bool stream = false, string? apiKey = null, int timeoutSeconds = 20) => new()
    {
        Endpoint = _server.Endpoint.ToString(),
        Model = "fake-model",
        ApiKey = apiKey,
        Stream = stream,
        TimeoutSeconds = timeoutSeconds,
    };

    private async Task<AnswerResponse> AskAsync(LlmOptions options, int limit = 5, ILoggerFactory? logging = null)
    {
        using var answers = new AnswerGenerator(fixture.Searcher, fixture.Index, options, logging);
        return await answers.AskAsync(new AskRequest { Question = Question, Summarize = true, Limit = limit }, CancellationToken.None);
    }

    [Fact]
    public async Task SummaryCitingValidSourcesIsAnsweredInLlmMode()
    {
        _server.Reply = "Netværksgruppe Børn og Unge bakkede den 14. juni 2024 op om Næstved Kommunes vurdering [1]. Næstved kontakter nu brugerkommunerne [2].";

        var response = await AskAsync(Options());

        Assert.Equal(AnswerModes.Llm, response.Mode);
        Assert.Equal(_server.Reply, response.Answer);
        Assert.Null(response.Warning);
        Assert.InRange(response.Citations.Count, 2, 5); // the reply cites [1] and [2]; the question has few sources
        var request = _server.LastRequest;
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("fake-model", request.Json["model"]!.GetValue<string>());
        Assert.NotEqual(true, request.Json["stream"]?.GetValue<bool>());
    }

    [Fact]
    public async Task StreamedSummaryIsJoinedFromItsChunks()
    {
        _server.Reply = "Netværket bakkede op om Næstved Kommunes vurdering af målgrupperne for Døgndiamanten [1][2].";

        var response = await AskAsync(Options(stream: true));

        Assert.True(_server.LastRequest.Json["stream"]!.GetValue<bool>());
        Assert.Equal(AnswerModes.Llm, response.Mode);
        Assert.Equal(_server.Reply, response.Answer);
    }

    [Fact]
    public async Task CitationOfASourceThatDoesNotExistIsRemoved()
    {
        _server.Reply = "Netværket bakkede op om vurderingen [1][9]. Det skete i 2019 [9].";

        var response = await AskAsync(Options(), limit: 3);

        Assert.Equal(AnswerModes.Llm, response.Mode);
        Assert.Equal("Netværket bakkede op om vurderingen [1]. Det skete i 2019.", response.Answer);
    }

    [Fact]
    public async Task CitationRangesBeyondTheSourcesAreRemovedFromTheSummary()
    {
        _server.Reply = "Netværket bakkede op om vurderingen [1]. Det skete i 2019 [7-99]. Og igen i 2020 [1–99].";

        var response = await AskAsync(Options(), limit: 3);

        Assert.Equal(AnswerModes.Llm, response.Mode);
        Assert.Equal("Netværket bakkede op om vurderingen [1]. Det skete i 2019. Og igen i 2020.", response.Answer);
    }

    [Theory]
    [InlineData("Døgndiamanten lukker [7-99].")]
    [InlineData("Døgndiamanten lukker [1–99].")]
    [InlineData("Døgndiamanten lukker [kilde 42].")]
    public async Task SummaryCitingOnlyRangesOutsideTheSourcesFallsBackToTheExtractiveAnswer(string reply)
    {
        _server.Reply = reply;

        var response = await AskAsync(Options(), limit: 3);

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.DoesNotContain("lukker", response.Answer, StringComparison.Ordinal);
        Assert.Contains("henviste ikke til kilderne", response.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("[1-2]")]
    [InlineData("[1–2]")]
    [InlineData("[1][2]")]
    [InlineData("[Kilde 1 og 2]")]
    public async Task ListsAndRangesOfValidSourcesAreRewrittenAsOneNumberEach(string marker)
    {
        _server.Reply = $"Netværket bakkede op om vurderingen {marker}.";

        var response = await AskAsync(Options(), limit: 3);

        Assert.Equal(AnswerModes.Llm, response.Mode);
        Assert.Equal("Netværket bakkede op om vurderingen [1][2].", response.Answer);
    }

    [Fact]
    public async Task SummaryCitingNoValidSourceFallsBackToTheExtractiveAnswer()
    {
        _server.Reply = "Døgndiamanten lukker [9].";

        var response = await AskAsync(Options(), limit: 3);

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Contains("Netværket bakkede generelt op", response.Answer, StringComparison.Ordinal);
        Assert.Contains("henviste ikke til kilderne", response.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerSlowerThanTheTimeoutGivesTheExtractiveAnswerWithAWarning()
    {
        _server.Delay = TimeSpan.FromMinutes(2);
        var clock = Stopwatch.StartNew();

        var response = await AskAsync(Options(timeoutSeconds: 1));

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Contains("Netværket bakkede generelt op", response.Answer, StringComparison.Ordinal);
        Assert.Equal("Sprogmodellen svarede ikke inden for 1 sekund; svaret er uddraget direkte af referaterne.", response.Warning);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}: the timeout did not stop the call");
    }

    [Theory]
    [InlineData(429, "overbelastet")]
    [InlineData(500, "fejlede (500)")]
    [InlineData(503, "fejlede (503)")]
    public async Task ServerErrorGivesTheExtractiveAnswerWithAWarningAfterOneRequest(int status, string warning)
    {
        _server.Status = status;

        var response = await AskAsync(Options());

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Contains("Netværket bakkede generelt op", response.Answer, StringComparison.Ordinal);
        Assert.Contains(warning, response.Warning, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MalformedReplyGivesTheExtractiveAnswerWithAWarning(bool stream)
    {
        _server.Malformed = true;

        var response = await AskAsync(Options(stream));

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.NotNull(response.Warning);
        Assert.StartsWith("Sprogmodellen", response.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerThatIsNotListeningGivesTheExtractiveAnswerWithAWarning()
    {
        var closed = _server.Endpoint.ToString();
        await _server.DisposeAsync();

        var response = await AskAsync(new LlmOptions { Endpoint = closed, Model = "m", TimeoutSeconds = 20 });
        _server = await FakeChatServer.StartAsync(); // for DisposeAsync

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Equal("Sprogmodellen kunne ikke nås; svaret er uddraget direkte af referaterne.", response.Warning);
    }

    [Fact]
    public async Task ApiKeyIsSentAsABearerTokenAndNeitherKeyNorQuestionIsLoggedAboveDebug()
    {
        const string key = "sk-test-hemmelig-4711";
        _server.Reply = "Netværket bakkede op om vurderingen [1].";
        using var logging = new LoggerFactory();
        var recorder = new RecordingLoggerProvider();
        logging.AddProvider(recorder);

        await AskAsync(Options(apiKey: key), logging: logging);
        _server.Status = 500;
        await AskAsync(Options(apiKey: key), logging: logging);

        Assert.True(_server.Requests.Count >= 2, $"{_server.Requests.Count} requests reached the chat server");
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + key, r.Authorization));
        Assert.NotEmpty(recorder.Lines);
        Assert.DoesNotContain(recorder.Lines, l => l.Contains(key, StringComparison.Ordinal));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains(Question, StringComparison.Ordinal));
        Assert.DoesNotContain(
            recorder.Lines,
            l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal) && l.Contains("Døgndiamanten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutSummarizeTheModelIsNotAsked()
    {
        using var answers = new AnswerGenerator(fixture.Searcher, fixture.Index, Options());

        var response = await answers.AskAsync(new AskRequest { Question = Question }, CancellationToken.None);

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Null(response.Warning);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CancellingTheRequestCancelsTheSummary()
    {
        _server.Delay = TimeSpan.FromMinutes(2);
        using var answers = new AnswerGenerator(fixture.Searcher, fixture.Index, Options());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => answers.AskAsync(new AskRequest { Question = Question, Summarize = true }, cancel.Token));
    }
}
