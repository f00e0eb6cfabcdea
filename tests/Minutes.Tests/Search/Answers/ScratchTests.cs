using System.Text.Json;
using Minutes.Search.Answers;
using Xunit.Abstractions;

namespace Minutes.Tests.Search.Answers;

public sealed class ScratchTests(SeedAnswersFixture fixture, ITestOutputHelper output) : IClassFixture<SeedAnswersFixture>
{
    [Fact]
    public async Task Print()
    {
        var qs = File.ReadAllLines(Fixtures.File("eval/dev.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)
            .Concat(["hvem er tovholder i 2026?", "hvornår er næste møde", "hvem deltog fra Holbæk"]);
        foreach (var q in qs)
        {
            var r = await fixture.Answers.AskAsync(new AskRequest { Question = q }, CancellationToken.None);
            output.WriteLine($"Q: {q}\n{r.Answer}\n   sources: {string.Join(" | ", r.Citations.Select(c => $"[{c.Number}] {c.Source.File[..3]} {c.Kind} {c.Item?.Number}"))}\n");
        }
    }
}
