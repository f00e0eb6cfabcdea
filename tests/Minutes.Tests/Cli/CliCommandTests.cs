using System.Text.Json;

namespace Minutes.Tests.Cli;

/// <summary>The operator's commands end to end, on the sample minutes and the broken inputs.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly DirectoryInfo _index = Directory.CreateTempSubdirectory("minutes-cli-index-");

    [Fact]
    public async Task ParseJsonPrintsTheMeetingWithItemsAndDecisions()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("parse", Fixtures.Sample("001"), "--json");

        Assert.Equal(0, exit);
        var meeting = JsonDocument.Parse(stdout).RootElement[0];
        Assert.Equal("2024-06-14", meeting.GetProperty("date").GetString());
        Assert.Equal("001_fc05f7ce724914ac.txt", meeting.GetProperty("source").GetProperty("file").GetString());
        var item = meeting.GetProperty("items")[5];
        Assert.Equal("6.", item.GetProperty("number").GetString());
        Assert.Contains(item.GetProperty("decisions").EnumerateArray(),
            d => d.GetProperty("text").GetString()!.StartsWith("Netværket bakkede generelt op", StringComparison.Ordinal));
        Assert.False(meeting.GetProperty("source").TryGetProperty("path", out _), "the server path must not leak");
    }

    [Fact]
    public async Task ParseNamesEveryBadFileOnStderrAndExitsNonZero()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("parse", Fixtures.File("bad"), Fixtures.Sample("000"));

        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Fixtures.File("bad")).Length, lines.Length);
        foreach (var bad in Directory.GetFiles(Fixtures.File("bad")))
        {
            Assert.Contains(lines, l => l.StartsWith(bad + ": ", StringComparison.Ordinal));
        }

        Assert.Contains("Velkommen mv.", stdout);
    }

    [Fact]
    public async Task IndexIsIncrementalAndSearchFindsTheDecision()
    {
        var first = await CliRunner.RunAsync("index", Fixtures.SamplesFolder, "--index", _index.FullName);
        var second = await CliRunner.RunAsync("index", Fixtures.SamplesFolder, "--index", _index.FullName);
        var search = await CliRunner.RunAsync("search", "hvad blev besluttet om Døgndiamanten", "--json", "--index", _index.FullName);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("5 added, 0 changed, 0 removed, 0 unchanged, 0 failed", first.Stdout);
        Assert.StartsWith("0 added, 0 changed, 0 removed, 5 unchanged, 0 failed", second.Stdout);
        var hits = JsonDocument.Parse(search.Stdout).RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("001_fc05f7ce724914ac.txt", hits[0].GetProperty("source").GetProperty("file").GetString());
        // One hit per agenda item: the item's best place leads (its window opens with the decisions), the rest are counted.
        Assert.Contains(hits[0].GetProperty("kind").GetString(), new[] { "decision", "item" });
        Assert.Contains("Netværket bakkede generelt op", hits[0].GetProperty("text").GetString());
        // The decision matched through its item's title; the item itself shows the word marked.
        Assert.Contains(hits.Take(3), h => h.GetProperty("snippet").GetString()!.Contains("<mark>Døgndiamanten</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndexOfAFolderOfOnlyBrokenFilesFailsAndSaysWhy()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("index", Fixtures.File("bad"), "--index", _index.FullName);

        Assert.Equal(1, exit);
        Assert.Contains("krypteret.pdf: the PDF is encrypted", stderr);
    }

    public void Dispose() => _index.Delete(recursive: true);
}
