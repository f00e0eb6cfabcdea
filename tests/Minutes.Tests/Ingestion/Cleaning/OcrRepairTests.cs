using Minutes.Core;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Tests.Ingestion.Cleaning;

/// <summary>OCR-mangled Danish (seed 002) repaired with the word list, and clean text left alone.</summary>
public sealed class OcrRepairTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    [Theory]
    [InlineData("Bgrnehus", "Børnehus")]
    [InlineData("Sjeaelland", "Sjælland")]
    [InlineData("Sjzelland", "Sjælland")]
    [InlineData("dggninstitutioner", "døgninstitutioner")]
    [InlineData("pa", "på")]
    [InlineData("omradde", "område")]
    [InlineData("m@dedeltagere", "mødedeltagere")]
    [InlineData("ungeomradet", "ungeområdet")]
    [InlineData("oplaeg", "oplæg")]
    [InlineData("spgrgsmal", "spørgsmål")]
    public void MangledWordIsRepairedToTheDanishWord(string mangled, string expected)
    {
        var repairs = new List<TokenRepair>();
        var repaired = new OcrRepairer(ingestion.Words).Repair(mangled, repairs);

        Assert.Equal(expected, repaired);
        Assert.Equal(new TokenRepair(mangled, expected), Assert.Single(repairs));
    }

    [Theory]
    [InlineData("Kalundborg")]
    [InlineData("kiris@naestved.dk")]
    [InlineData("og")]
    [InlineData("Rasmussen")]
    public void WordsNamesAndAddressesAreLeftAlone(string token)
    {
        var repairs = new List<TokenRepair>();

        Assert.Equal(token, new OcrRepairer(ingestion.Words).Repair(token, repairs));
        Assert.Empty(repairs);
    }

    [Fact]
    public void NameInTheGenitiveIsLeftAloneWhenTheNameStandsInTheText()
    {
        var repairs = new List<TokenRepair>();
        var names = OcrRepairer.NamesIn("Kim Risom Rasmussen svarede.");

        Assert.Equal("Kim Risom Rasmussens mailadresse", new OcrRepairer(ingestion.Words).Repair("Kim Risom Rasmussens mailadresse", repairs, names));
        Assert.Empty(repairs);
    }

    [Fact]
    public void SeedFromOcrIsRepairedAndKeepsItsOriginalText()
    {
        var cleaned = ingestion.Cleaner.Clean(Read("002"));

        Assert.True(cleaned.Repairs.Count > 100, $"only {cleaned.Repairs.Count} repairs");
        Assert.Contains("Børnehus Sjælland", cleaned.Text);
        Assert.Contains("Bgrnehus", string.Join("\n", cleaned.Lines.Select(l => l.Original)));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void CleanSeedIsNotTakenForOcrOutput(string seed)
    {
        Assert.Empty(ingestion.Cleaner.Clean(Read(seed)).Repairs);
    }

    [Fact]
    public async Task RepairedItemKeepsTheTextAsRead()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("002"));

        var item = meeting.Items.First(i => i.OriginalText is not null);
        Assert.NotEqual(item.Text, item.OriginalText);
    }

    private static DocumentText Read(string seed)
    {
        var path = Fixtures.Sample(seed);
        var source = new SourceDocument(Path.GetFileName(path), "txt", 1, path, "");
        return new DocumentText(source, [new PageText(1, File.ReadAllText(path))]);
    }
}
