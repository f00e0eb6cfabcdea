using System.Security.Cryptography;
using Minutes.Core;
using Minutes.Search.Evaluation;
using Xunit.Abstractions;

namespace Minutes.Tests.Search.Evaluation;

/// <summary>
/// The dev set over the five seed minutes. Until the real parser is on main, each seed is indexed as one
/// meeting with one long item, so only the passage windows and ranking are measured, not the parser.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    [Trait("Category", "Eval")]
    public async Task DevSetOverWholeFileWindowsScoresAboveTheFloor()
    {
        var report = await _temp.Index.SyncAsync([Fixtures.SamplesFolder], WholeFileAsync, null, CancellationToken.None);
        Assert.Equal(5, report.Added);

        var eval = await new EvalRunner(_temp.Searcher).RunAsync(Fixtures.File("eval/dev.jsonl"), CancellationToken.None);

        foreach (var q in eval.Questions)
        {
            output.WriteLine($"{q.Id} rank={q.FirstRelevantRank?.ToString() ?? "-"} {q.Q} | {string.Join(",", q.HitFiles.Select(f => f[..3]))}");
        }

        output.WriteLine($"mrr10={eval.Mrr10:F3} s1={eval.S1:F3} s5={eval.S5:F3} ndcg10={eval.Ndcg10:F3} recall10={eval.Recall10:F3}");
        Assert.True(eval.Mrr10 >= 0.3, $"mrr10 {eval.Mrr10:F3}");
    }

    private static async Task<ParsedFile> WholeFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = System.Text.Encoding.UTF8.GetString(bytes).Trim();
        var title = text.Split('\n')[0].Trim();
        var id = Path.GetFileNameWithoutExtension(path);
        return new ParsedFile(path, hash, new Meeting
        {
            Id = id,
            Title = title,
            Source = new SourceDocument(Path.GetFileName(path), "txt", 1, path, hash),
            Items = [new AgendaItem { Id = id + "-1", Title = title, Text = text }],
        }, null);
    }
}
