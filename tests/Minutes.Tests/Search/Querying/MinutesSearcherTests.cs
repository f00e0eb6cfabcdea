using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

public sealed class MinutesSearcherTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    /// <summary>Every passage as its own hit: these tests are about passages; grouping is <see cref="ItemGroupingTests"/>'.</summary>
    private SearchResponse Search(string q) => fixture.Searcher.Search(new SearchRequest { Q = q, GroupByItem = false });

    [Fact]
    public void DecisionQuestionRanksTheDecisionPassageFirst()
    {
        var response = Search("hvad blev besluttet om Døgndiamanten");

        var first = response.Hits[0];
        Assert.Equal(PassageKinds.Decision, first.Kind);
        Assert.StartsWith("Netværket bakkede generelt op", first.Text, StringComparison.Ordinal);
        Assert.Equal(SampleMinutes.Network2024File, first.Source.File);
        Assert.Equal("6", first.Item?.Number);
        Assert.Contains("beslutninger foretrækkes", response.InterpretedAs, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutDecisionIntentTheItemCanComeFirst()
    {
        var response = Search("Døgndiamanten");

        Assert.Equal(PassageKinds.Item, response.Hits[0].Kind);
        Assert.DoesNotContain("beslutninger", response.InterpretedAs, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionWordsYearAndDecisionIntentAreExplained()
    {
        var response = Search("hvad blev besluttet om Døgndiamanten i 2024");

        Assert.Equal("døgndiamanten · beslutninger foretrækkes · 2024", response.InterpretedAs);
        Assert.Equal(SampleMinutes.Network2024File, response.Hits[0].Source.File);
    }

    [Fact]
    public void MonthAndYearAreReadAsAPeriod()
    {
        var response = Search("suppleanter juni 2020");

        Assert.Contains("juni 2020", response.InterpretedAs, StringComparison.Ordinal);
        Assert.Equal(SampleMinutes.SteeringGroup2020File, response.Hits[0].Source.File);
    }

    [Theory]
    [InlineData("Døgndiamnten")]
    [InlineData("Døgndiamanen")]
    public void MisspelledWordFindsDøgndiamantenAndSaysWhatWasSearched(string typo)
    {
        var response = Search($"hvad blev besluttet om {typo}");

        Assert.Contains(response.Hits, h => h.Text.Contains("Døgndiamanten", StringComparison.Ordinal));
        Assert.Equal("hvad blev besluttet om Døgndiamanten", response.DidYouMean);
        Assert.Contains("døgndiamanten", response.InterpretedAs, StringComparison.Ordinal);
    }

    [Fact]
    public void WordStemFindsTheInflectedForm()
    {
        var response = Search("Døgndiamant");

        Assert.Contains(response.Hits, h => h.Text.Contains("Døgndiamanten", StringComparison.Ordinal));
    }

    [Fact]
    public void CorrectlySpeltQueryHasNoDidYouMean()
    {
        Assert.Null(Search("suppleant").DidYouMean);
    }

    [Fact]
    public void SnippetMarksStemmedForms()
    {
        var response = Search("institution kapacitetspres");

        var snippet = response.Hits[0].Snippet;
        Assert.Contains("<mark>institutioner</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>kapacitetspres</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= RelevanceTuning.SnippetChars + 200, snippet);
    }

    [Fact]
    public void DecisionFoundThroughItsItemTitleShowsTheTitleMarked()
    {
        var hit = Search("hvad blev besluttet om Døgndiamanten").Hits.First(h => h.Kind == PassageKinds.Decision);

        Assert.StartsWith("Drøfte fremtidig målgruppe for døgninstitutionen <mark>Døgndiamanten</mark> — Netværket bakkede", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SnippetEscapesHtmlFromTheSource()
    {
        // Compound parts ("hus") also match other items; the whole word must rank first.
        var hit = Search("Solsikkehuset").Hits.First(h => h.Kind == PassageKinds.Item);

        Assert.Contains("&lt;script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Solsikkehuset</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<script>", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongPassageSnippetIsCutAtWordsAroundTheMatch()
    {
        var text = string.Join(' ', Enumerable.Repeat("Indledende bemærkninger om økonomien.", 30))
                   + " Her står kapacitetspres midt i teksten. "
                   + string.Join(' ', Enumerable.Repeat("Afsluttende bemærkninger om processen.", 30));

        var analyzer = TempIndex.Analysis.IndexAnalyzer;
        var terms = Tokens.Analyze(analyzer, "text", "kapacitetspres").Select(t => t.Term).ToHashSet();

        var snippet = SnippetBuilder.Build(analyzer, text, terms);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>kapacitetspres</mark>", snippet, StringComparison.Ordinal);
        Assert.Matches(@"^…[A-ZÆØÅa-zæøå]", snippet);
        Assert.InRange(snippet.Length, 150, 320);
    }

    [Theory]
    [InlineData("\"unclosed", false)]
    [InlineData("AND OR (", false)]
    [InlineData("-", false)]
    [InlineData("\"", false)]
    [InlineData("+ - \" ( ) [ ] { } ~ * ? : \\ /", false)]
    [InlineData("Døgndiamanten OR", true)]
    // Words that neither the index, the word lists nor the thesaurus know ("bar" has thesaurus words: "kun", "lige").
    [InlineData("title:foo^3 AND (bazq", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void BadSyntaxNeverThrowsAndFindsOnlyWhatItsWordsMatch(string q, bool findsSomething)
    {
        var response = Search(q);

        Assert.Equal(findsSomething, response.Total > 0);
        Assert.Equal(Math.Min(response.Total, 10), response.Hits.Count);
        Assert.All(response.Hits, h => Assert.Contains("Døgndiamanten", h.Text + h.Item?.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void UnclosedQuoteIsSearchedAsPlainWords()
    {
        Assert.NotEmpty(Search("\"sikrede institutioner").Hits);
    }

    [Fact]
    public void QuotedPhraseMustMatchAsAPhrase()
    {
        var hits = Search("\"sikrede institutioner\"").Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("sikrede institutioner", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ExcludedWordRemovesPassages()
    {
        var all = Search("Næstved");
        var without = Search("Næstved -Døgndiamanten");

        Assert.Contains(all.Hits, h => h.Text.Contains("Døgndiamanten", StringComparison.Ordinal));
        Assert.DoesNotContain(without.Hits, h => h.Text.Contains("Døgndiamanten", StringComparison.Ordinal));
        Assert.Contains("-døgndiamanten", without.InterpretedAs, StringComparison.Ordinal);
    }

    [Fact]
    public void OrFindsEitherWord()
    {
        var response = Search("Døgndiamanten OR suppleant");

        Assert.Contains(response.Hits, h => h.Source.File == SampleMinutes.Network2024File);
        Assert.Contains(response.Hits, h => h.Source.File == SampleMinutes.SteeringGroup2020File);
    }

    [Fact]
    public void FacetsCountEveryMatchNotJustThePage()
    {
        var response = fixture.Searcher.Search(new SearchRequest { Q = "styregruppen pladser", Limit = 1, GroupByItem = false });

        Assert.Single(response.Hits);
        Assert.True(response.Total > 1);
        Assert.Equal(response.Total, response.Facets.Kind.Values.Sum());
        Assert.Equal(response.Total, response.Facets.Body.Values.Sum());
        Assert.Equal(response.Total, response.Facets.Year.Values.Sum());
        Assert.True(response.Facets.Year.ContainsKey("2020"));
        Assert.True(response.Facets.Body.ContainsKey("Styregruppen for Rammeaftale Sjælland"));
    }

    [Theory]
    [InlineData("styregruppen")]
    [InlineData("netværket næstved")]
    [InlineData("kommune")]
    public void FacetsEqualTheMatchesCountedOneByOne(string q)
    {
        var response = fixture.Searcher.Search(new SearchRequest { Q = q, Limit = SearchRequest.MaxLimit, GroupByItem = false });
        Assert.True(response.Total <= SearchRequest.MaxLimit, "every match must fit on the page to be counted by hand");

        Assert.Equal(response.Hits.Count, response.Total);
        Assert.Equal(Counts(response.Hits.Select(h => h.Meeting.Body)), response.Facets.Body);
        Assert.Equal(Counts(response.Hits.Select(h => h.Kind)), response.Facets.Kind);
        Assert.Equal(Counts(response.Hits.Select(h => h.Meeting.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))), response.Facets.Year);
    }

    private static Dictionary<string, int> Counts(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).GroupBy(v => v!).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void KindFilterKeepsOnlyThatKind()
    {
        var response = fixture.Searcher.Search(new SearchRequest { Q = "Næstved", Kind = "decision" });

        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal(PassageKinds.Decision, h.Kind));
        Assert.Equal([PassageKinds.Decision], response.Facets.Kind.Keys);
    }

    [Fact]
    public void BodyAndDateFiltersNarrowTheMatches()
    {
        var byBody = fixture.Searcher.Search(new SearchRequest { Q = "Næstved", Body = "Netværksgruppe Børn og Unge" });
        var byDate = fixture.Searcher.Search(new SearchRequest { Q = "Næstved", From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) });

        var unfiltered = fixture.Searcher.Search(new SearchRequest { Q = "Næstved" });

        Assert.NotEmpty(byBody.Hits);
        Assert.All(byBody.Hits, h => Assert.Equal(SampleMinutes.Network2024File, h.Source.File));
        Assert.NotEmpty(byDate.Hits);
        Assert.True(byBody.Total < unfiltered.Total && byDate.Total < unfiltered.Total, "the filters leave out some of the matches");
        Assert.All(byDate.Hits, h => Assert.Equal(new DateOnly(2020, 6, 26), h.Meeting.Date));
    }

    [Fact]
    public void MunicipalityFilterUsesParticipantsMunicipalities()
    {
        var response = fixture.Searcher.Search(new SearchRequest { Q = "pladser", Municipality = "Guldborgsund" });

        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal(SampleMinutes.SteeringGroup2020File, h.Source.File));
    }

    [Fact]
    public void FiltersAloneBrowseTheirPassages()
    {
        var response = fixture.Searcher.Search(new SearchRequest { Kind = "meeting", Limit = 50 });

        Assert.Equal(3, response.Total);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("NOT")]
    [InlineData("\"\"")]
    [InlineData("😀")]
    public void TextWithoutASearchableWordFindsNothingEvenWithAFilter(string q)
    {
        var filtered = fixture.Searcher.Search(new SearchRequest { Q = q, Kind = "decision" });
        var browsed = fixture.Searcher.Search(new SearchRequest { Kind = "decision" });

        Assert.Equal(0, filtered.Total);
        Assert.True(browsed.Total > 0, "filters alone still browse");
    }

    [Fact]
    public void PagingSkipsTheFirstHits()
    {
        var first = fixture.Searcher.Search(new SearchRequest { Q = "Næstved", Limit = 2 });
        var second = fixture.Searcher.Search(new SearchRequest { Q = "Næstved", Limit = 2, Offset = 2 });

        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void BodyNamedInTheQuestionIsAPreference()
    {
        var response = Search("hvad besluttede styregruppen om suppleanter til de særlige pladser");

        Assert.Contains("organ: Styregruppen for Rammeaftale Sjælland", response.InterpretedAs, StringComparison.Ordinal);
        Assert.Contains("Erik Pedersen", response.Hits[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HitCarriesMeetingItemAndSource()
    {
        var hit = Search("suppleant").Hits.First(h => h.Kind == PassageKinds.Decision);

        Assert.Equal("Styregruppen for Rammeaftale Sjælland", hit.Meeting.Body);
        Assert.Equal(new DateOnly(2020, 6, 26), hit.Meeting.Date);
        Assert.Equal("Suppleanter til følgegruppen for de særlige pladser", hit.Item?.Title);
        Assert.Equal(SampleMinutes.SteeringGroup2020File, hit.Source.File);
        Assert.Equal(1, hit.Source.Page);
    }
}
