using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

[Trait("Category", "Analysis")]
public sealed partial class CompoundSplitterTests(AnalysisFixture fixture) : IClassFixture<AnalysisFixture>
{
    private readonly CompoundSplitter _splitter = fixture.Analysis.CompoundSplitter;

    [Theory]
    [MemberData(nameof(Compounds))]
    public void CompoundFromTheSeedsSplitsIntoItsParts(string compound, string expectedParts)
    {
        Assert.Equal(expectedParts, string.Join(" + ", _splitter.Split(compound)));
    }

    [Theory]
    [MemberData(nameof(NotCompounds))]
    public void OrdinaryWordOrNameIsNotSplit(string word)
    {
        Assert.Empty(_splitter.Split(word));
    }

    [Fact]
    public void NoNoisePartsFromTheWholeSeedVocabulary()
    {
        var parts = new HashSet<string>();
        foreach (string file in Directory.EnumerateFiles(Fixtures.SamplesFolder, "*.txt"))
        {
            foreach (string word in File.ReadAllText(file).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                parts.UnionWith(_splitter.Split(fixture.Analysis.Fold(word)));
            }
        }

        Assert.Contains("institutioner", parts);
        Assert.All(NoiseParts, noise => Assert.DoesNotContain(noise, parts));
    }

    [Fact]
    public void EveryPartIsAtLeastFourLettersOrACuratedShortWord()
    {
        foreach ((string compound, _) in CompoundTable)
        {
            Assert.All(_splitter.Split(compound), part => Assert.True(
                part.Length >= CompoundSplitter.MinPartLength || part is "hus" or "råd" or "bog" or "dag" or "sag" or "mål",
                $"{compound}: {part}"));
        }
    }

    [Fact]
    public void FromWordsNeedsNoFile()
    {
        var splitter = CompoundSplitter.FromWords(["familie", "pleje", "håndbog", "Roskilde"], fold: true, excludedParts: []);

        Assert.Equal(["pleje", "familie", "håndbog"], splitter.Split("plejefamiliehåndbog"));
        Assert.Empty(splitter.Split("roskilde"));
        Assert.Empty(CompoundSplitter.None.Split("plejefamiliehåndbog"));
    }

    private static readonly char[] Separators = [.. " \t\r\n.,;:!?()[]{}\"'”“–-/§0123456789<>=&%*+•➢"];
}
