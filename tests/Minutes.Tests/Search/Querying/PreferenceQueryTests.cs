using Lucene.Net.Index;
using Lucene.Net.Search;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

public sealed class PreferenceQueryTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("netværket", true)]
    [InlineData("styregruppen", false)]
    [InlineData("rammeaftale", true)]
    public void ScoresEqualTheMatchTimesOnePlusEachPreferenceAndMatchNoMore(string word, bool filtered)
    {
        using var lease = seeds.Index.Acquire();
        var searcher = lease.Searcher;
        var term = Minutes.Search.Querying.Tokens.Analyze(seeds.Index.Analysis.QueryAnalyzer, IndexFields.Text, word)[0].Term;
        var match = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Text, term)), Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.Title, term)), Occur.SHOULD },
        };
        var decisions = new TermQuery(new Term(IndexFields.Kind, PassageKinds.Decision));
        var period = NumericRangeQuery.NewInt32Range(IndexFields.DateNumber, 20240101, 20241231, true, true);
        var preferred = new PreferenceQuery(match, [(decisions, 3f), (period, 2f)]);
        // A filter takes the document-at-a-time path, none the window-at-a-time one: both must agree.
        Filter? filter = filtered ? new QueryWrapperFilter(new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType))) : null;
        HashSet<int> Docs(Query query) => searcher.Search(query, 100_000).ScoreDocs.Select(d => d.Doc).ToHashSet();
        var decisionDocs = Docs(decisions);
        var periodDocs = Docs(period);

        var matched = searcher.Search(match, filter, 1000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var want = matched.ToDictionary(
            p => p.Key,
            p => p.Value * (decisionDocs.Contains(p.Key) ? 1 + 3f : 1f) * (periodDocs.Contains(p.Key) ? 1 + 2f : 1f));
        var got = searcher.Search(preferred, filter, 1000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

        Assert.NotEmpty(want);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        Assert.All(want, pair => Assert.Equal(pair.Value, got[pair.Key], 3));
        Assert.Contains(got, pair => pair.Value > matched[pair.Key]);
    }
}
