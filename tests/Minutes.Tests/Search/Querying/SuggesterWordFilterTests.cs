using Minutes.Search.Querying;

using Minutes.Tests.Search;

namespace Minutes.Tests.Search.Querying;

/// <summary>Which completed words are offered, over the five seed minutes as ingested.</summary>
public sealed class SuggesterWordFilterTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void OcrDebrisOfOneDocumentIsNotSuggestedButRealCompoundsAre()
    {
        // Sample 002 has "plejefamiliendndbog" once: no word of the list, no compound of its words, one meeting.
        var terms = new Suggester(fixture.Index).Suggest("plejefam", 20).Suggestions
            .Where(s => s.Kind == SuggestionKinds.Term).Select(s => s.Text).ToList();

        Assert.DoesNotContain("plejefamiliendndbog", terms);
        Assert.Contains("plejefamilieområdet", terms);
        Assert.Contains("plejefamiliehåndbøger", terms);
    }
}
