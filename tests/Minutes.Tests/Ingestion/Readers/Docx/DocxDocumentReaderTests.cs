using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Docx;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Minutes.Tests.Ingestion.Readers.Docx;

[Trait("Category", "Readers")]
public sealed class DocxDocumentReaderTests : IDisposable
{
    private static readonly string[] ItemTitles =
    [
        "1. Velkommen mv.",
        "2. Dialogmøde med Socialtilsyn Øst",
        "3. Tema Psykiatrien",
        "4. Input til dagsorden til næste møde 24. november",
        "5. Børnehus Sjælland",
        "6. Nyt fra rammeaftale Sjælland",
        "7. Tilbagemelding på notat om specialundervisning",
        "8. Kommune-runden",
        "9. Eventuelt",
    ];

    private readonly DocxDocumentReader _reader = new();
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<Minutes.Core.DocumentText> ReadFixtureAsync() =>
        _reader.ReadAsync(Fixtures.File("formats/docx/referat-2023-09-29.docx"), CancellationToken.None);

    [Fact]
    public async Task ItemTitlesOneToNineOpenLinesInOrder()
    {
        var lines = (await ReadFixtureAsync()).FullText.Split('\n');

        var positions = ItemTitles.Select(t => Array.FindIndex(lines, l => l.StartsWith(t, StringComparison.Ordinal))).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task TableCellsComeInDocumentOrderWithTitleAndTextOnTheRowsFirstLine()
    {
        var lines = (await ReadFixtureAsync()).FullText.Split('\n');

        var row = Array.FindIndex(lines, l => l.StartsWith("1. Velkommen mv.", StringComparison.Ordinal));

        Assert.Equal("Dagsordenspunkt\tReferat", lines[row - 1]);
        Assert.Equal("1. Velkommen mv.\tLisbet bød velkommen og mødet blev indledt med en kort præsentationsrunde og velkommen til gæster og nye deltagere i netværket.", lines[row]);
        Assert.Equal("- Referat fra sidste møde 3. marts 2023 blev godkendt", lines[row + 1]);
        Assert.StartsWith("- Dagsorden blev godkendt", lines[row + 2]);
        Assert.StartsWith("2. Dialogmøde med Socialtilsyn Øst\tSocialtilsyn Øst måtte desværre", lines[row + 3]);
    }

    [Fact]
    public async Task TextKeepsFiguresAndTypedListMarkers()
    {
        var lines = (await ReadFixtureAsync()).FullText.Split('\n');

        Assert.Contains(lines, l => l.Contains("2,26 % højere end i 2023", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("➤ Vi skal melde tilbage til styregruppen", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("j) En læge har henvendt sig til Povl", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("- - ", StringComparison.Ordinal) || l.StartsWith("- a)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixtureWithoutPageBreaksIsOnePage()
    {
        var document = await ReadFixtureAsync();

        Assert.Single(document.Pages);
        Assert.Equal(1, document.Source.Pages);
        Assert.Equal("docx", document.Source.Format);
    }

    [Fact]
    public async Task ExplicitPageBreaksSplitPages()
    {
        var file = WriteDocx(
            Para("Side et"),
            new Paragraph(new Run(new WordText("Før")), new Run(new Break { Type = BreakValues.Page }), new Run(new WordText("Side to"))),
            Para("Stadig side to"));

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal(["Side et\nFør", "Side to\nStadig side to"], document.Pages.Select(p => p.Text));
        Assert.Equal(2, document.Source.Pages);
    }

    [Fact]
    public async Task PageBreaksWordRenderedSplitPagesWithoutCountingExplicitBreaksTwice()
    {
        var file = WriteDocx(
            Para("Side et"),
            new Paragraph(new Run(new Break { Type = BreakValues.Page })),
            new Paragraph(new Run(new LastRenderedPageBreak(), new WordText("Side to"))),
            new Paragraph(new Run(new WordText("Stadig side to"), new LastRenderedPageBreak(), new WordText("Side tre"))));

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal(["Side et", "Side to\nStadig side to", "Side tre"], document.Pages.Select(p => p.Text));
    }

    [Fact]
    public async Task NumberedListsGetTheirNumbersAndBulletsADash()
    {
        var file = WriteDocx(
            ListPara("Velkommen", numId: 1),
            ListPara("Budget 2024", numId: 1),
            ListPara("Takster", numId: 2),
            ListPara("- allerede markeret", numId: 2),
            Para("Tekst\tmed tab"));

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal("1. Velkommen\n2. Budget 2024\n- Takster\n- allerede markeret\nTekst med tab", document.FullText);
    }

    [Fact]
    public async Task DeletedRevisionsAreLeftOut()
    {
        var file = WriteDocx(new Paragraph(
            new Run(new WordText("Godkendt")),
            new DeletedRun(new Run(new DeletedText(" ikke"))),
            new InsertedRun(new Run(new WordText(" uden bemærkninger") { Space = SpaceProcessingModeValues.Preserve }))));

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal("Godkendt uden bemærkninger", document.FullText);
    }

    [Fact]
    public async Task RandomBytesAreRejected()
    {
        var file = _temp.Write("stoej.docx", Enumerable.Range(0, 3000).Select(i => (byte)(i * 37 % 251)).ToArray());

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => _reader.ReadAsync(file, CancellationToken.None));

        Assert.StartsWith("not a valid .docx file", error.Reason);
    }

    [Fact]
    public async Task OldFormatOrEncryptedWordFileIsRejected()
    {
        var file = _temp.Write("gammel.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => _reader.ReadAsync(file, CancellationToken.None));

        Assert.Contains("password-protected or in the old .doc format", error.Reason);
    }

    private static Paragraph Para(string text) =>
        new(new Run(text.Split('\t').SelectMany<string, OpenXmlElement>((part, i) => i == 0 ? [new WordText(part)] : [new TabChar(), new WordText(part)])));

    private static Paragraph ListPara(string text, int numId) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })),
            new Run(new WordText(text)));

    private string WriteDocx(params Paragraph[] paragraphs)
    {
        var path = Path.Combine(_temp.Path, "generated.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs));
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 10 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
        }

        return path;
    }
}
