using Minutes.Search.Evaluation;
using Minutes.Tests.Search.Querying;

namespace Minutes.Tests.Search.Evaluation;

public sealed class EvalRunnerTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void NormaliseKeepsOnlyLowerCaseLettersAndDigits()
    {
        Assert.Equal("næstvedkommunesvurdering2026", EvalText.Normalise("Næstved-Kommunes\n vurdering (2026)."));
    }

    [Fact]
    public void TheSetSplitsOnceByIdOddIdsTuneEvenIdsTest()
    {
        EvalQuestion Q(string id) => new(id, "q", []);
        IReadOnlyList<EvalQuestion> all = [Q("g001"), Q("g002"), Q("g099"), Q("g100"), Q("x")];

        Assert.Equal(["g001", "g099"], EvalRunner.Half(all, odd: true).Select(q => q.Id));
        Assert.Equal(["g002", "g100"], EvalRunner.Half(all, odd: false).Select(q => q.Id));
    }

    [Fact]
    public async Task ScoresFollowTheRule()
    {
        var path = Path.Combine(fixture.Temp.Root, "tiny.jsonl");
        await File.WriteAllLinesAsync(path, [
            """{"id":"t1","q":"hvad blev besluttet om Døgndiamanten","gold":[{"file":"001_fc05f7ce724914ac.txt","phrase":"Netværket bakkede generelt op om Næstved Kommunes vurdering"}]}""",
            """{"id":"t2","q":"Døgndiamanten","gold":[{"file":"wrong_file.txt","phrase":"Netværket bakkede generelt op"}]}""",
            "",
        ]);

        var report = await new EvalRunner(fixture.Searcher).RunAsync(path, CancellationToken.None);

        Assert.Equal(2, report.Questions.Count);
        Assert.Equal(1, report.Questions[0].FirstRelevantRank);
        Assert.Null(report.Questions[1].FirstRelevantRank);
        Assert.Equal(0.5, report.Mrr10, 6);
        Assert.Equal(0.5, report.S1, 6);
        Assert.Equal(0.5, report.S5, 6);
        Assert.Equal(0.5, report.Recall10, 6);
        Assert.Equal(0.5, report.Ndcg10, 6);
    }

    [Fact]
    public void LaterRankGivesReciprocalRankAndDiscountedGain()
    {
        var hits = fixture.Searcher.Search(new Minutes.Search.Querying.SearchRequest { Q = "Næstved", Limit = 10 }).Hits;
        var third = hits[2];
        var phrase = third.Text[..Math.Min(40, third.Text.Length)];
        var earlier = hits.Take(2).Any(h => h.Source.File == third.Source.File
                                            && EvalText.Normalise(h.Text).Contains(EvalText.Normalise(phrase), StringComparison.Ordinal));
        Assert.False(earlier);

        var report = new EvalRunner(fixture.Searcher).Run([new EvalQuestion("t3", "Næstved", [new EvalGold(third.Source.File, phrase), new EvalGold("none.txt", "x")])]);

        Assert.Equal(3, report.Questions[0].FirstRelevantRank);
        Assert.Equal(1.0 / 3, report.Mrr10, 6);
        Assert.Equal(0, report.S1);
        Assert.Equal(1, report.S5);
        Assert.Equal(0.5, report.Recall10, 6);
        Assert.Equal(0.5 / (1 + 1 / Math.Log2(3)), report.Ndcg10, 6);
    }
}
