using Minutes.Search.Evaluation;
using Minutes.Search.Querying;
using Xunit.Abstractions;

namespace Minutes.Tests.Search.Evaluation;

/// <summary>
/// End to end: the five seed minutes through the real ingestion pipeline into an index, then the dev
/// set. Prints per-question ranks and the figures; asserts only a floor well below them.
/// </summary>
public sealed class DevSetTests(SeedIndexFixture seeds, ITestOutputHelper output) : IClassFixture<SeedIndexFixture>
{
    /// <summary>
    /// dev.jsonl is the shared dev set (measured 0.967, one hit per item); own.jsonl holds our own questions
    /// over the same seeds in other wordings, folded and misspelt forms, written before tuning on them
    /// (0.925 with the proximity bonus, 0.808 since it was removed: it cost 0.11 on the Greve test half).
    /// </summary>
    [Theory]
    [Trait("Category", "Eval")]
    [InlineData("eval/dev.jsonl", 0.95, 1.0)]
    [InlineData("eval/own.jsonl", 0.8, 0.95)]
    public async Task QuestionsOverTheSeedsScoreAboveTheFloor(string questions, double mrr10Floor, double s5Floor)
    {

        var eval = await new EvalRunner(seeds.Searcher).RunAsync(Fixtures.File(questions), CancellationToken.None);

        foreach (var q in eval.Questions)
        {
            output.WriteLine($"{q.Id} rank={q.FirstRelevantRank?.ToString() ?? "-"} {q.Q}");
            if (q.FirstRelevantRank is not 1)
            {
                var response = seeds.Searcher.Search(new SearchRequest { Q = q.Q, Limit = 6 });
                output.WriteLine($"    as: {response.InterpretedAs}");
                foreach (var hit in response.Hits)
                {
                    var text = hit.Text.ReplaceLineEndings(" ");
                    output.WriteLine($"    {hit.Score,6:F2} {hit.Source.File[..3]} {hit.Kind,-8} [{hit.Item?.Title}] {text[..Math.Min(110, text.Length)]}");
                }
            }
        }

        output.WriteLine($"mrr10={eval.Mrr10:F3} s1={eval.S1:F3} s5={eval.S5:F3} ndcg10={eval.Ndcg10:F3} recall10={eval.Recall10:F3}");
        Assert.True(eval.Mrr10 >= mrr10Floor, $"mrr10 {eval.Mrr10:F3}");
        Assert.True(eval.S5 >= s5Floor, $"s5 {eval.S5:F3}");
        Assert.True(eval.Recall10 >= 0.95, $"recall10 {eval.Recall10:F3}");
    }
}
