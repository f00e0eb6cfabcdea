using System.Text.Json;
using Minutes.Tests.Search.Answers;

namespace Minutes.Tests.Cli;

/// <summary><c>minutes ask</c> end to end: a fresh index is built from the bundled samples on first use.</summary>
public sealed class AskCommandTests : IDisposable
{
    private const string Question = "hvad blev besluttet om Døgndiamanten";
    private readonly DirectoryInfo _index = Directory.CreateTempSubdirectory("minutes-cli-ask-");

    [Fact]
    public async Task AskPrintsTheExtractiveAnswerWithMeetingDateAndNumberedSources()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("ask", Question, "--index", _index.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6:", stdout, StringComparison.Ordinal);
        Assert.Contains("Netværket bakkede generelt op om Næstved Kommunes vurdering", stdout, StringComparison.Ordinal);
        Assert.Contains("Kilder:", stdout, StringComparison.Ordinal);
        Assert.Contains("[1] Netværksgruppe Børn og Unge · 2024-06-14 · punkt 6.", stdout, StringComparison.Ordinal);
        Assert.Contains("001_fc05f7ce724914ac.txt, s. 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJsonWithSummarizeUsesTheConfiguredLanguageModel()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = "Netværket bakkede op om Næstved Kommunes vurdering [1].";
        var environment = new Dictionary<string, string>
        {
            ["Llm__Endpoint"] = server.Endpoint.ToString(),
            ["Llm__Model"] = "fake-model",
            ["Llm__ApiKey"] = "sk-cli-test",
        };

        var (exit, stdout, stderr) = await CliRunner.RunAsync(environment, "ask", Question, "--summarize", "--json", "--index", _index.FullName);

        Assert.True(exit == 0, stderr);
        var response = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("llm", response.GetProperty("mode").GetString());
        Assert.Equal(server.Reply, response.GetProperty("answer").GetString());
        var first = response.GetProperty("citations")[0];
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal("001_fc05f7ce724914ac.txt", first.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal("2024-06-14", first.GetProperty("meeting").GetProperty("date").GetString());
        Assert.Equal("Bearer sk-cli-test", server.LastRequest.Authorization);
    }

    [Fact]
    public async Task AskWithAnEndpointThatIsNoUriSaysWhichSettingIsWrong()
    {
        var environment = new Dictionary<string, string> { ["Llm__Endpoint"] = "localhost:11434", ["Llm__Model"] = "m" };

        var (exit, _, stderr) = await CliRunner.RunAsync(environment, "ask", Question, "--index", _index.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("Llm:Endpoint must be an absolute http or https URI", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _index.Delete(recursive: true);
}
