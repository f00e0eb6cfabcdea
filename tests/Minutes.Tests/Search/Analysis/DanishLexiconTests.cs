using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

/// <summary>hunspell-da's suffix rules read backwards, and mythes-da's synonyms (Debian packages hunspell-da and mythes-da).</summary>
public sealed class DanishLexiconTests
{
    private static readonly Lazy<HunspellForms> Hunspell = new(() =>
        HunspellForms.TryLoad(new AnalysisOptions().HunspellPath) ?? throw new InvalidOperationException("hunspell-da is not installed"));

    private static readonly Lazy<DanishThesaurus> Thesaurus = new(() =>
        DanishThesaurus.TryLoad(new AnalysisOptions().ThesaurusPath) ?? throw new InvalidOperationException("mythes-da is not installed"));

    [Theory]
    [InlineData("indkaldte", "indkalde")]
    [InlineData("skaffes", "skaffe")]
    [InlineData("raketter", "raket")]
    [InlineData("højst", "højst")]
    [InlineData("toiletterne", "toilet")]
    public void AnInflectedFormIsKnownThroughItsStem(string form, string stem)
    {
        Assert.True(Hunspell.Value.Knows(form));
        Assert.Contains(stem, Hunspell.Value.Lemmas(form));
    }

    [Theory]
    [InlineData("døgndiamnten")]
    [InlineData("indfaldsvjene")]
    [InlineData("kommmune")]
    public void AMisspeltWordIsNotAForm(string word)
    {
        Assert.False(Hunspell.Value.Knows(word));
    }

    [Fact]
    public void TheThesaurusGivesPlainSynonymsNotNarrowerTerms()
    {
        var synonyms = Thesaurus.Value.Synonyms("gadelys");

        Assert.Contains("gadebelysning", synonyms);
        Assert.Contains("gadelampe", synonyms);
        Assert.DoesNotContain(synonyms, s => s.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void TheLexiconLooksSynonymsUpUnderAWordsStem()
    {
        var lexicon = new DanishLexicon(CompoundSplitter.None, Hunspell.Value, Thesaurus.Value, fold: true);

        Assert.Contains("signalraket", lexicon.Synonyms("raketter"));
        Assert.True(lexicon.Knows("indkaldte"));
        Assert.False(lexicon.Knows("døgndiamnten"));
    }
}
