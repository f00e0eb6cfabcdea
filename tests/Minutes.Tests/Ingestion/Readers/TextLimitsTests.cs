using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Tests.Ingestion.Readers;

/// <summary>
/// One rule for the text of every format: a line of over 100,000 characters is a runaway, refused with the same
/// reason whether it came from a .txt, a web page or a Word document. Markup on one line is not a runaway
/// when its text has lines.
/// </summary>
[Trait("Category", "Readers")]
public sealed class TextLimitsTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>, IDisposable
{
    private static readonly string RunawayLine = "Punkt 1. " + string.Concat(Enumerable.Repeat("meget lang linje uden linjeskift ", 5_000)).TrimEnd();

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(".txt")]
    [InlineData(".html")]
    [InlineData(".docx")]
    public async Task RunawayLineIsRefusedWithTheSameReasonInEveryFormat(string extension)
    {
        var file = extension switch
        {
            ".txt" => _temp.Write("lang-linje.txt", RunawayLine),
            ".html" => _temp.Write("lang-linje.html", $"<html><body><p>{WebUtility.HtmlEncode(RunawayLine)}</p></body></html>"),
            _ => WriteDocx("lang-linje.docx", RunawayLine),
        };

        var parsed = await ingestion.Pipeline.ParseFileAsync(file, CancellationToken.None);

        Assert.Null(parsed.Meeting);
        Assert.Equal($"one line of {RunawayLine.Length:N0} characters: not minutes text (limit 100,000 per line)", parsed.Error);
    }

    [Fact]
    public async Task WebPageMinifiedOntoOneLineIsReadWhenItsTextHasLines()
    {
        var lines = (await File.ReadAllLinesAsync(Fixtures.Sample("000"))).Where(l => l.Length > 0);
        var page = "<html><body>" + string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")) + "</body></html>";
        var file = _temp.Write("minificeret.html", page);

        var parsed = await ingestion.Pipeline.ParseFileAsync(file, CancellationToken.None);

        Assert.True(parsed.Error is null, parsed.Error);
        Assert.Equal(6, parsed.Meeting!.Items.Count);
    }

    private string WriteDocx(string name, string paragraph)
    {
        var path = Path.Combine(_temp.Path, name);
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(paragraph)))));
        return path;
    }
}
