using Minutes.Core;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Tests.Ingestion.Cleaning;

/// <summary>What extraction broke, repaired line by line on wordings from the seeds.</summary>
public sealed class TextCleanerTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    [Theory]
    [InlineData("baggrund af styregruppens drøf-\ntelser udarbejder", "styregruppens drøftelser")]
    [InlineData("baggrund af styregruppens drøf-\n\ntelser udarbejder", "styregruppens drøftelser")]
    [InlineData("med rammeaftale 2021-\n\n2022 og giver input", "2021-2022")]
    [InlineData("2. juni: Skole-dagbehandling. Rie hører", "Skole-dagbehandling")]
    [InlineData("rekruttering af pleje- og støttefamilier", "pleje- og støttefamilier")]
    [InlineData("ud over KKR-\nnetværket", "KKR-netværket")]
    [InlineData("Dialogforums repræsentanter fra DH og Skole og Foræl-\ndre at man", "og Forældre")]
    public void HyphenationAcrossLinesIsJoinedAndRealHyphensKept(string input, string expected)
    {
        Assert.Contains(expected, Clean(input));
    }

    [Fact]
    public void SuspendedCompoundBeforeOgStaysOnItsLine()
    {
        var text = Clean("rekruttering af pleje-\nog støttefamilier");

        Assert.Contains("pleje-\nog støttefamilier", text);
    }

    [Fact]
    public void PageFurnitureIsDropped()
    {
        var pages = Enumerable.Range(1, 4).Select(n => new PageText(n,
            $"Referat side {n} tekst\nhttps://www.rs17.dk/styregruppen/modereferater/\nSide {n} af 4 sider")).ToList();
        var text = ingestion.Cleaner.Clean(new DocumentText(new SourceDocument("x.pdf", "pdf", 4, "x.pdf", ""), pages)).Text;

        Assert.DoesNotContain("Side 2 af 4", text);
        Assert.DoesNotContain("rs17.dk", text);
        Assert.Contains("Referat side 3 tekst", text);
    }

    [Fact]
    public void RepeatedHeadingsAreNotFurniture()
    {
        var pages = Enumerable.Range(1, 4).Select(n => new PageText(n, $"Punkt {n}\nBeslutning:\n• Godkendt {n}")).ToList();
        var text = ingestion.Cleaner.Clean(new DocumentText(new SourceDocument("x.pdf", "pdf", 4, "x.pdf", ""), pages)).Text;

        Assert.Equal(4, text.Split('\n').Count(l => l == "Beslutning:"));
    }

    [Theory]
    [InlineData("Barnets CPR-nr. 010203-1234 er oplyst", "Barnets CPR-nr. [CPR] er oplyst")]
    [InlineData("cpr 3112991234.", "cpr [CPR].")]
    [InlineData("Telefon, direkte: 59 53 54 53", "Telefon, direkte: 59 53 54 53")]
    [InlineData("sagsnr. 991399-1234", "sagsnr. 991399-1234")]
    [InlineData("takst på 35.000-37.000 kr.", "takst på 35.000-37.000 kr.")]
    [InlineData("bilag-borger-020290-5678.txt", "bilag-borger-[CPR].txt")]
    [InlineData("borger_020290-5678-bilag.pdf", "borger_[CPR]-bilag.pdf")]
    [InlineData("j.nr. 12-010190-1234", "j.nr. 12-010190-1234")]
    [InlineData("010190-1234-5", "010190-1234-5")]
    public void CprNumbersAreRedactedAndOtherNumbersKept(string input, string expected)
    {
        Assert.Equal(expected, Clean(input));
    }

    [Fact]
    public void LeftoverMarkupInATextFileBecomesLines()
    {
        var text = Clean(File.ReadAllText(Fixtures.Sample("004")));

        Assert.DoesNotContain("<b>", text);
        Assert.DoesNotContain("<li", text);
        Assert.Contains("\n1. Velkommen mv.\tLisbet bød velkommen", text);
        Assert.Contains("\n- Dagsorden blev godkendt", text);
    }

    private string Clean(string text) =>
        ingestion.Cleaner.Clean(new DocumentText(new SourceDocument("x.txt", "txt", 1, "x.txt", ""), [new PageText(1, text)])).Text;
}
