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
}
