using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

public sealed class RescoringTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "eval/dev.jsonl", "eval/own.jsonl" })
        {
            foreach (var line in File.ReadLines(Fixtures.File(file)).Where(l => l.Trim().Length > 0))
            {
                data.Add(JsonDocument.Parse(line).RootElement.GetProperty("q").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void BonusAddedToThePoolRanksAsTheWholeQueryDoes(string question)
    {
        using var lease = seeds.Index.Acquire();
        var searcher = lease.Searcher;
        var built = new QueryBuilder(searcher, seeds.Index.Analysis.QueryAnalyzer, seeds.Index.Analysis.IndexAnalyzer, new RankingOptions())
            .Build(QueryInterpreter.Interpret(QueryText.Parse(question), [], []));
        Assert.NotNull(built.Query);
        Assert.NotNull(built.Bonus);

        var whole = new BooleanQuery(disableCoord: true) { { built.Query, Occur.MUST }, { built.Bonus, Occur.SHOULD } };
        var expected = searcher.Search(whole, null, 10, Rescoring.Ranking, doDocScores: true, doMaxScore: false).ScoreDocs;

        var pool = searcher.Search(built.Query, null, RelevanceTuning.RescorePool, Rescoring.Ranking, doDocScores: true, doMaxScore: false)
            .ScoreDocs.Cast<FieldDoc>().ToArray();
        var rescored = Rescoring.Rescore(searcher, pool, built.Bonus).Take(10).ToList();

        Assert.True(pool.Length < RelevanceTuning.RescorePool, "the seed index should fit in one pool");
        Assert.Equal(expected.Select(d => d.Doc), rescored.Select(d => d.Doc));
        Assert.Equal(expected.Select(d => d.Score), rescored.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
    }
}
