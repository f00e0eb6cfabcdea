using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

/// <summary>Each ablation switch really turns its part of the chain off, and only that part.</summary>
[Trait("Category", "Analysis")]
public sealed class AnalysisOptionsTests
{
    private static string[] Index(AnalysisOptions options, string text) =>
        AnalyzedText.Positions(new DanishAnalysis(options).IndexAnalyzer, text);

    private static string[] Query(AnalysisOptions options, string text) =>
        AnalyzedText.Positions(new DanishAnalysis(options).QueryAnalyzer, text);

    [Fact]
    public void StemmingOffKeepsInflectedWords()
    {
        Assert.Equal(["undersøgelse"], Index(new AnalysisOptions { Stemming = false, Compounds = false }, "undersøgelse"));
        Assert.Equal(["undersøg"], Index(new AnalysisOptions { Compounds = false }, "undersøgelse"));
    }

    [Fact]
    public void FoldingOffKeepsAsciiSpellings()
    {
        var off = new AnalysisOptions { Folding = false, Compounds = false };
        Assert.Equal(["sjaelland"], Index(off, "Sjaelland"));
        Assert.NotEqual(Index(off, "Sjælland"), Index(off, "Sjaelland"));
        Assert.Equal(["paa"], Index(off, "paa"));
    }

    [Fact]
    public void CompoundsOffLeavesCompoundsWhole()
    {
        var off = new AnalysisOptions { Compounds = false };
        var analysis = new DanishAnalysis(off);
        Assert.Equal(["døgninstitution"], AnalyzedText.Positions(analysis.IndexAnalyzer, "døgninstitutionerne"));
        Assert.Equal(0, analysis.CompoundSplitter.WordCount);
        Assert.Empty(analysis.Warnings);
    }

    [Fact]
    public void SynonymsOffMakesTheQueryChainTheIndexChain()
    {
        var off = new AnalysisOptions { Synonyms = false, Compounds = false };
        Assert.Equal(["tfct"], Query(off, "TFCT"));
        Assert.Null(new DanishAnalysis(off).Synonyms);
        Assert.Contains("tfcbt", AnalyzedText.Terms(new DanishAnalysis(new AnalysisOptions { Compounds = false }).QueryAnalyzer, "TFCT"));
    }

    [Fact]
    public void MissingWordListTurnsCompoundsOffWithAWarningNamingWdanish()
    {
        var analysis = new DanishAnalysis(new AnalysisOptions { WordListPath = "/nonexistent/danish" });

        Assert.Equal(["døgninstitution"], AnalyzedText.Positions(analysis.IndexAnalyzer, "døgninstitutionerne"));
        string warning = Assert.Single(analysis.Warnings);
        Assert.Contains("wdanish", warning);
        Assert.Contains("/nonexistent/danish", warning);
    }
}
