using System.ComponentModel.DataAnnotations;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Pdf;

namespace Minutes.Tests.Ingestion.Readers.Pdf;

[Trait("Category", "Readers")]
public sealed class PdfDocumentReaderTests
{
    private const string TwoColumnMinutes = "formats/pdf/referat-2023-09-29.pdf";
    private const string SteeringGroupMinutes = "formats/pdf/styregruppe-2020-06-26.pdf";

    private readonly PdfDocumentReader _reader = new();

    private Task<Minutes.Core.DocumentText> ReadAsync(string fixture) =>
        _reader.ReadAsync(Fixtures.File(fixture), CancellationToken.None);

    [Fact]
    public async Task TwoColumnAgendaPutsEachItemTitleCellBesideItsTextCell()
    {
        var document = await ReadAsync(TwoColumnMinutes);

        var lines = document.Pages[0].Text.Split('\n');
        Assert.Contains("Dagsordenspunkt\tReferat", lines);
        var velkommen = Array.FindIndex(lines, l => l.StartsWith("1. Velkommen mv.", StringComparison.Ordinal));
        Assert.Equal("1. Velkommen mv.\tLisbet bød velkommen og mødet blev indledt med en kort", lines[velkommen]);
        // The text cell goes on in its own lines, not interleaved with the next item's title cell.
        Assert.Equal("præsentationsrunde og velkommen til gæster og nye deltagere i netværket.", lines[velkommen + 1]);
    }

    [Fact]
    public async Task AWrappedTitleCellComesWholeBeforeItsTextCell()
    {
        var document = await ReadAsync(TwoColumnMinutes);

        var lines = document.Pages[0].Text.Split('\n');
        var item = Array.IndexOf(lines, "2. Dialogmøde med");
        Assert.True(item >= 0, "item 2's title cell starts a line");
        Assert.Equal("Socialtilsyn Øst", lines[item + 1]);
        Assert.StartsWith("Socialtilsyn Øst måtte desværre melde afbud", lines[item + 2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemTitlesOnPageOneComeInAgendaOrder()
    {
        var document = await ReadAsync(TwoColumnMinutes);

        var text = document.Pages[0].Text;
        string[] titles = ["1. Velkommen mv.", "2. Dialogmøde med", "3. Tema Psykiatrien", "4. Input til dagsorden til"];
        var positions = titles.Select(t => text.IndexOf("\n" + t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task PagesKeepTheirOneBasedNumbers()
    {
        var document = await ReadAsync(TwoColumnMinutes);

        Assert.Equal([1, 2, 3, 4], document.Pages.Select(p => p.Number));
        Assert.Equal(4, document.Source.Pages);
        Assert.Equal("pdf", document.Source.Format);
        Assert.Equal("referat-2023-09-29.pdf", document.Source.File);
        Assert.Empty(document.Source.OcrPages);
        Assert.All(document.Pages, p => Assert.False(p.IsOcr));
        Assert.StartsWith("5. Børnehus Sjælland\tDaniel (Næstved)", document.Pages[1].Text.Split('\n').Single(l => l.StartsWith("5. ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LigaturesAreNormalisedToPlainLetters()
    {
        var document = await ReadAsync(TwoColumnMinutes);

        // PdfPig emits "ﬁ" (U+FB01) and "ﬂ" (U+FB02) for this file; NFKC splits them.
        Assert.DoesNotContain(document.FullText, c => c is >= '\uFB00' and <= '\uFB06');
        Assert.Contains("Netværket fik besøg af Bakkehuset", document.FullText, StringComparison.Ordinal);
        Assert.Contains("de fleste emner", document.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LineBreaksAreKeptAsNewlines()
    {
        var document = await ReadAsync(TwoColumnMinutes);

        var page = document.Pages[0].Text;
        Assert.DoesNotContain('\r', page);
        Assert.StartsWith("KKR – REFERAT - Netværksgruppe Børn og Unge den 29/9 2023\nkl. 10.00-13.00\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SteeringGroupMinutesHaveAllTwelvePagesAndTheirHeading()
    {
        var document = await ReadAsync(SteeringGroupMinutes);

        Assert.Equal(Enumerable.Range(1, 12), document.Pages.Select(p => p.Number));
        Assert.StartsWith("Dagsordenspunkter til styregruppemøde den 26. juni 2020\n", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("5. Årsrapport fra Socialtilsyn Øst", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.All(document.Pages, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
    }

    [Theory]
    [InlineData("bad/krypteret.pdf", "the PDF is encrypted and needs a password")]
    [InlineData("bad/tom.pdf", "the file is empty")]
    [InlineData("bad/afkortet.pdf", "the PDF is truncated or damaged: ")]
    [InlineData("bad/tilfaeldige-bytes.pdf", "not a PDF: the file does not start with %PDF")]
    [InlineData("bad/binaer.txt", "not a PDF: the file does not start with %PDF")]
    public async Task BrokenFileIsRejectedWithASpecificReason(string fixture, string reason)
    {
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => ReadAsync(fixture));

        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DamageAfterTheHeaderIsReportedAsDamageNotAsAPdfPigException()
    {
        var folder = Directory.CreateTempSubdirectory("minutes-pdf-");
        try
        {
            var original = await File.ReadAllBytesAsync(Fixtures.File(TwoColumnMinutes), CancellationToken.None);
            var damaged = Path.Combine(folder.FullName, "halv.pdf");
            await File.WriteAllBytesAsync(damaged, original[..(original.Length / 2)], CancellationToken.None);

            var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => _reader.ReadAsync(damaged, CancellationToken.None));

            Assert.StartsWith("the PDF is truncated or damaged", error.Reason);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void OptionsOutOfRangeFailValidationNamingTheSetting()
    {
        var options = new PdfReaderOptions { TimeoutSeconds = 0, TesseractPath = "" };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(PdfReaderOptions.TimeoutSeconds)));
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(PdfReaderOptions.TesseractPath)));
    }

    [Fact]
    public void TheReaderClaimsPdfFiles() => Assert.Equal([".pdf"], _reader.Extensions);
}
