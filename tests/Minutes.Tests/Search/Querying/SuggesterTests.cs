using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

public sealed class SuggesterTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    private SuggestResponse Suggest(string text, int limit = 8) => new Suggester(fixture.Temp.Index).Suggest(text, limit);

    [Fact]
    public void PartialWordIsCompletedAsTheMinutesWriteIt()
    {
        var response = Suggest("hvad blev besluttet om døgnd");

        var word = Assert.Single(response.Suggestions, s => s.Kind == SuggestionKinds.Term && s.Text == "Døgndiamanten");
        Assert.Equal("hvad blev besluttet om Døgndiamanten", word.Query);
    }

    [Fact]
    public void WordSeenOnlyAtTheStartOfASentenceIsLowerCased()
    {
        var response = Suggest("baggr");

        Assert.Contains(response.Suggestions, s => s.Kind == SuggestionKinds.Term && s.Text == "baggrunden");
    }

    [Fact]
    public void AsciiSpellingOfÆøåFindsTheDanishWord()
    {
        var response = Suggest("naestv");

        Assert.Contains(response.Suggestions, s => s.Kind == SuggestionKinds.Term && s.Text == "Næstved");
    }

    [Fact]
    public void WordInABodyNameSuggestsTheBody()
    {
        var response = Suggest("møder i børn");

        var body = Assert.Single(response.Suggestions, s => s.Kind == SuggestionKinds.Body);
        Assert.Equal("Netværksgruppe Børn og Unge", body.Text);
        Assert.Equal("møder i Netværksgruppe Børn og Unge", body.Query);
    }

    [Fact]
    public void StartOfABodyNameReplacesTheWholeQuery()
    {
        var response = Suggest("styregruppen for ram");

        var body = Assert.Single(response.Suggestions, s => s.Kind == SuggestionKinds.Body);
        Assert.Equal("Styregruppen for Rammeaftale Sjælland", body.Query);
    }

    [Fact]
    public void WholeWordFindsItemTitlesThroughItsStem()
    {
        var response = Suggest("målgruppe");

        var title = Assert.Single(response.Suggestions, s => s.Kind == SuggestionKinds.Title);
        Assert.Equal("Drøfte fremtidig målgruppe for døgninstitutionen Døgndiamanten", title.Text);
        Assert.Equal(title.Text, title.Query);
        Assert.Equal("Netværksgruppe Børn og Unge, 14. juni 2024", title.Detail);
    }

    [Fact]
    public void PrefixFindsItemTitles()
    {
        var response = Suggest("supplea");

        Assert.Contains(response.Suggestions, s => s.Kind == SuggestionKinds.Title && s.Text == "Suppleanter til følgegruppen for de særlige pladser");
    }

    [Fact]
    public void TitlesWithTheEarlierWordsComeFirst()
    {
        var response = Suggest("rammeaftale sj");

        var titles = response.Suggestions.Where(s => s.Kind == SuggestionKinds.Title).Select(s => s.Text).ToList();
        Assert.Equal("Nyt fra Rammeaftale Sjælland", titles[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("døgn ")]
    [InlineData("\"")]
    public void TooLittleTypedGivesNoSuggestions(string text)
    {
        Assert.Empty(Suggest(text).Suggestions);
    }

    [Fact]
    public void NoSuggestionRepeatsAndTheLimitHolds()
    {
        var response = Suggest("s", limit: 3);
        Assert.Empty(response.Suggestions);

        response = Suggest("st", limit: 3);

        Assert.InRange(response.Suggestions.Count, 1, 3);
        Assert.Equal(response.Suggestions.Count, response.Suggestions.Select(s => (s.Kind, s.Text)).Distinct().Count());
    }

    [Theory]
    [InlineData("hvad om døgnd", "hvad om ", "døgnd")]
    [InlineData("-\"døgnd", "-\"", "døgnd")]
    [InlineData("døgn ", "døgn ", "")]
    [InlineData("a.b", "a.b", "")]
    public void LastWordIsSplitFromWhatCameBefore(string text, string before, string word)
    {
        Assert.Equal((before, word), Suggester.SplitLastWord(text));
    }
}
