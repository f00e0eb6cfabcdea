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
    public void ScoresEqualTheMatchPlusConstantPreferencesAndMatchNoMore(string word, bool filtered)
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
        var expected = new BooleanQuery(disableCoord: true)
        {
            { match, Occur.MUST },
            { new ConstantScoreQuery(decisions) { Boost = 3f }, Occur.SHOULD },
            { new ConstantScoreQuery(period) { Boost = 2f }, Occur.SHOULD },
        };
        // A filter takes the document-at-a-time path, none the window-at-a-time one: both must agree.
        Filter? filter = filtered ? new QueryWrapperFilter(new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType))) : null;

        var want = searcher.Search(expected, filter, 1000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var got = searcher.Search(preferred, filter, 1000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

        Assert.NotEmpty(want);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        Assert.All(want, pair => Assert.Equal(pair.Value, got[pair.Key], 4));
        Assert.Contains(got.Values, score => score > 3f);
    }
}
