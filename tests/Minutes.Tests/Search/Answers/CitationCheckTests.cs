using Minutes.Search.Answers;

namespace Minutes.Tests.Search.Answers;

public sealed class CitationCheckTests
{
    [Fact]
    public void CitationsOutsideTheSourcesAreRemovedAndValidOnesKept()
    {
        var (text, valid) = CitationCheck.Clean("Det blev vedtaget [1][9]. Intet andet [9]. Se også [2, 7] og [3; 0].", sources: 3);

        Assert.Equal("Det blev vedtaget [1]. Intet andet. Se også [2] og [3].", text);
        Assert.Equal([1, 2, 3], valid);
    }

    [Fact]
    public void AnAnswerWithoutMarkersHasNoValidCitations()
    {
        var (text, valid) = CitationCheck.Clean("Netværket bakkede op.", sources: 5);

        Assert.Equal("Netværket bakkede op.", text);
        Assert.Empty(valid);
    }

    [Theory]
    [InlineData("Vedtaget [7-99].", "Vedtaget.")]
    [InlineData("Vedtaget [1–99].", "Vedtaget.")]
    [InlineData("Vedtaget [1 — 99].", "Vedtaget.")]
    [InlineData("Vedtaget [0-2].", "Vedtaget.")]
    [InlineData("Vedtaget [3-1].", "Vedtaget.")]
    [InlineData("Vedtaget [99999999999].", "Vedtaget.")]
    public void ARangeWithAnEndOutsideTheSourcesIsRemovedWhole(string answer, string expected)
    {
        var (text, valid) = CitationCheck.Clean(answer, sources: 3);

        Assert.Equal(expected, text);
        Assert.Empty(valid);
    }

    [Theory]
    [InlineData("Vedtaget [1-3].", "Vedtaget [1][2][3].")]
    [InlineData("Vedtaget [1–3].", "Vedtaget [1][2][3].")]
    [InlineData("Vedtaget [1,2,3].", "Vedtaget [1][2][3].")]
    [InlineData("Vedtaget [1][2][3].", "Vedtaget [1][2][3].")]
    [InlineData("Vedtaget [1] [2] [3].", "Vedtaget [1] [2] [3].")]
    [InlineData("Vedtaget [1, 2-3].", "Vedtaget [1][2][3].")]
    [InlineData("Vedtaget [1 og 3].", "Vedtaget [1][3].")]
    [InlineData("Vedtaget [Kilde 2].", "Vedtaget [2].")]
    [InlineData("Vedtaget [kilder 1, 3].", "Vedtaget [1][3].")]
    [InlineData("Vedtaget [^2].", "Vedtaget [2].")]
    [InlineData("Vedtaget 【2】.", "Vedtaget [2].")]
    [InlineData("Vedtaget [2, 2].", "Vedtaget [2].")]
    public void EveryCitationFormIsRewrittenAsCheckedNumbers(string answer, string expected)
    {
        var (text, valid) = CitationCheck.Clean(answer, sources: 3);

        Assert.Equal(expected, text);
        Assert.NotEmpty(valid);
    }

    [Fact]
    public void AValidRangeNextToAnInvalidOneKeepsOnlyTheValidNumbers()
    {
        var (text, valid) = CitationCheck.Clean("Vedtaget [1-2, 5-9, 3].", sources: 3);

        Assert.Equal("Vedtaget [1][2][3].", text);
        Assert.Equal([1, 2, 3], valid);
    }

    [Theory]
    [InlineData("Personnummer [CPR] er fjernet.")]
    [InlineData("Se [bilag 3] til sagen.")]
    [InlineData("Se [ 2024 budget ].")]
    public void BracketsThatAreNotCitationsAreLeftAlone(string answer)
    {
        var (text, _) = CitationCheck.Clean(answer, sources: 3);

        Assert.Equal(answer, text);
    }
}
