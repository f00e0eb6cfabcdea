using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

/// <summary>
/// The spelling correction rewrites only a word that is neither Danish (word list, hunspell-da forms,
/// compounds) nor in the index, and then searches it as typed too; a Danish word the minutes lack is
/// at most offered as "Mente du ...?". The four words here sank their questions when they were rewritten.
/// </summary>
public sealed class SpellingCorrectionTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResponse Search(string q) => seeds.Searcher.Search(new SearchRequest { Q = q });

    [Theory]
    [InlineData("indkaldte")]
    [InlineData("deltog")]
    [InlineData("skaffe")]
    [InlineData("højst")]
    public void ADanishWordTheIndexLacksIsSearchedAsTypedNeverRewritten(string word)
    {
        var response = Search(word);

        Assert.StartsWith(word, response.InterpretedAs, StringComparison.Ordinal);
        Assert.DoesNotContain("for " + word, response.InterpretedAs, StringComparison.Ordinal);
        Assert.DoesNotContain("i stedet for", response.InterpretedAs, StringComparison.Ordinal);
    }

    [Fact]
    public void ADanishWordTheIndexLacksIsOfferedAsDidYouMeanOnly()
    {
        var response = Search("skaffe");

        Assert.Equal("skabe", response.DidYouMean);
        Assert.Equal("skaffe", response.InterpretedAs);
    }

    [Fact]
    public void AnUnknownWordIsSearchedAsTypedAndAsItsClosestIndexedSpelling()
    {
        var response = Search("Døgndiamnten");

        Assert.Contains("også døgndiamanten for døgndiamnten", response.InterpretedAs, StringComparison.Ordinal);
        Assert.Equal("Døgndiamanten", response.DidYouMean);
        Assert.Contains(response.Hits, h => h.Text.Contains("Døgndiamanten", StringComparison.Ordinal));
    }

    [Fact]
    public void WithSpellingOffAnUnknownWordFindsNothing()
    {
        var searcher = new MinutesSearcher(seeds.Index, ranking: new RankingOptions { Spelling = false });

        var response = searcher.Search(new SearchRequest { Q = "Døgndiamnten" });

        Assert.Empty(response.Hits);
        Assert.Null(response.DidYouMean);
    }
}
