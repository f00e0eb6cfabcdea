using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

[Trait("Category", "Analysis")]
public sealed class DanishAnalysisTests(AnalysisFixture fixture) : IClassFixture<AnalysisFixture>
{
    private readonly DanishAnalysis _analysis = fixture.Analysis;

    private string[] Index(string text) => AnalyzedText.Positions(_analysis.IndexAnalyzer, text);

    private string[] Query(string text) => AnalyzedText.Positions(_analysis.QueryAnalyzer, text);

    [Fact]
    public void UndersoegelseIsStemmedAndPaaIsDropped()
    {
        Assert.Equal(["undersøg", "sjælland"], Index("undersøgelse på Sjælland"));
    }

    [Fact]
    public void StopSetHoldsHvadButNotHvemOrHvornaar()
    {
        Assert.Contains("hvad", DanishAnalysis.StopWords);
        Assert.Contains("hvor", DanishAnalysis.StopWords);
        Assert.Contains("når", DanishAnalysis.StopWords);
        Assert.DoesNotContain("hvem", DanishAnalysis.StopWords);
        Assert.DoesNotContain("hvornår", DanishAnalysis.StopWords);
        Assert.Equal(["hvem", "hvornår"], Index("hvad hvem hvornår"));
    }

    [Theory]
    [InlineData("Sjaelland", "Sjælland", "sjælland")]
    [InlineData("Naestved", "Næstved", "næstved")]
    [InlineData("Holbaek", "Holbæk", "holbæk")]
    [InlineData("Aabenraa", "Åbenrå", "åbenrå")]
    [InlineData("direktoermoede", "direktørmøde", "direktørmød")]
    public void AsciiSpellingsOfAeOeAaMeetTheDanishLetters(string ascii, string danish, string expected)
    {
        Assert.Equal(Index(danish), Index(ascii));
        Assert.Equal(expected, Index(danish)[0].Split('|')[0]);
        Assert.Equal(Query(danish), Query(ascii));
    }

    [Fact]
    public void FoldingRunsBeforeStopWordsAndTheStemmer()
    {
        // "paa" is only a stop word once folded to "på"; "moede" only stems like "møde" once folded.
        Assert.Equal(["mød", "sjælland"], Index("Moede paa Sjaelland"));
        Assert.Equal(Index("institutionerne i Næstved"), Index("institutionerne i Naestved"));
    }

    [Fact]
    public void FoldHelperSpellsLikeTheChain()
    {
        Assert.Equal("næstved", _analysis.Fold("Naestved"));
        Assert.Equal("facebook", _analysis.Fold("Facebook"));
    }

    [Fact]
    public void NumbersAreKeptAsWritten()
    {
        Assert.Equal(["2.098", "35.000-37.000|35.000|37.000", "2,26"], Index("2.098 og 35.000-37.000 eller 2,26"));
    }

    [Fact]
    public void DatesAreKeptAsWrittenAndRangesAlsoByParts()
    {
        Assert.Equal(["26/6", "1/12-2024|1/12|2024", "13.11.2025"], Index("den 26/6 og 1/12-2024 eller 13.11.2025"));
        Assert.Equal(["kl", "10.00-12.00|10.00|12.00"], Index("kl. 10.00-12.00"));
    }

    [Fact]
    public void ParagraphWithAndWithoutSpaceGiveTheSameToken()
    {
        Assert.Equal(["§32"], Index("§ 32"));
        Assert.Equal(["§32"], Index("§32"));
        Assert.Equal(["jf", "§52a", "stk"], Index("jf. §§ 52a, stk."));
    }

    [Fact]
    public void EmailIsKeptWhole()
    {
        Assert.Equal(["skriv", "kiris@naestved.dk"], Index("Skriv til kiris@naestved.dk."));
    }

    [Fact]
    public void UrlIsKeptWholeWithoutTrailingSlash()
    {
        Assert.Equal(
            ["se", "https://www.rs17.dk/netvaerksgrupper/born-og-unge", "politistation|politi|station"],
            Index("Se https://www.rs17.dk/netvaerksgrupper/born-og-unge/ politistationen"));
        Assert.Equal(["www.regionsjaelland.dk/ps4"], Index("(www.regionsjaelland.dk/ps4)"));
    }

    [Fact]
    public void HyphenatedWordIsIndexedWholeAndByParts()
    {
        Assert.Equal(["skoledagbehandling|skol|dagbehandling|dag|behandling"], Index("Skole-dagbehandling"));
        Assert.Equal(["kkrnetværk|kkr|netværk"], Index("KKR-netværket"));
        Assert.Equal(["ebok|bok"], Index("E-boks"));
    }

    [Fact]
    public void HyphenatedAndJoinedSpellingsShareTheirParts()
    {
        string[] hyphenated = AnalyzedText.Terms(_analysis.IndexAnalyzer, "Skole-dagbehandling");
        string[] joined = AnalyzedText.Terms(_analysis.IndexAnalyzer, "skoledagbehandling");
        Assert.Equal(["skoledagbehandling", "skol", "dagbehandling", "dag", "behandling"], hyphenated);
        Assert.Equal(["skoledagbehandling", "skoledag", "skol", "dag", "behandling"], joined);
    }

    [Fact]
    public void CompoundIsIndexedWholeThenByPartsAtOnePosition()
    {
        Assert.Equal(["døgninstitution|døgn|institution"], Index("døgninstitutionerne"));
        Assert.Equal(["institution"], Query("institution"));
    }

    [Fact]
    public void HollaenderhusetAndHollaenderHusetMeetBothWays()
    {
        Assert.Equal(["hollænderhus|hollænd|hus"], Index("Hollænderhuset"));
        Assert.Equal(["hollænd", "hus"], Index("Hollænder huset"));
        Assert.Equal(["hollænderhus|hollænd|hus"], Query("Hollænderhuset"));
        Assert.Equal(["hollænd", "hus"], Query("Hollænder huset"));
    }

    [Fact]
    public void NamesAreNotSplit()
    {
        Assert.Equal(["ringsted", "guldborgsund", "næstved"], Index("Ringsted, Guldborgsund og Næstved"));
    }

    [Fact]
    public void SynonymsApplyOnTheQuerySideOnly()
    {
        string[] tfcbt = AnalyzedText.Terms(_analysis.IndexAnalyzer, "TF-CBT");
        Assert.Equal(["tfcbt|tf|cbt"], Index("TF-CBT"));
        Assert.Equal(["tfct"], Index("TFCT"));

        string[] query = AnalyzedText.Terms(_analysis.QueryAnalyzer, "TFCT");
        Assert.All(tfcbt, term => Assert.Contains(term, query));
        Assert.Contains("traumefokus", query);
        Assert.Contains("adfærdsterapi", query);
    }

    [Theory]
    [InlineData("KKR", "kommunekontaktråd")]
    [InlineData("Kommunernes Landsforening", "kl")]
    [InlineData("BL", "lov")]
    [InlineData("serviceloven", "sel")]
    [InlineData("familiepleje", "plejefamili")]
    [InlineData("sikrede institutioner", "døgninstitution")]
    public void QueryTermsIncludeTheSynonym(string query, string expectedTerm)
    {
        Assert.Contains(expectedTerm, AnalyzedText.Terms(_analysis.QueryAnalyzer, query));
        Assert.DoesNotContain(expectedTerm, AnalyzedText.Terms(_analysis.IndexAnalyzer, query));
    }

    [Fact]
    public void SynonymFileParsesIntoAMap()
    {
        Assert.NotNull(_analysis.Synonyms);
        Assert.Empty(_analysis.Warnings);
    }
}
