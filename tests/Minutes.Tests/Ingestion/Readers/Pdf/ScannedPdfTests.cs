using System.Diagnostics;
using Microsoft.Extensions.Options;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Pdf;
using Xunit.Abstractions;

namespace Minutes.Tests.Ingestion.Readers.Pdf;

[Trait("Category", "Readers")]
public sealed class ScannedPdfTests(ScannedPdfFixture scan, ITestOutputHelper output) : IClassFixture<ScannedPdfFixture>
{
    private const string MissingTesseract = "/nonexistent/bin/tesseract";

    private static PdfDocumentReader Reader(string tesseractPath, string? cacheFolder = null, int timeoutSeconds = 120) =>
        new(Options.Create(new PdfReaderOptions
        {
            TesseractPath = tesseractPath,
            CacheFolder = cacheFolder,
            TimeoutSeconds = timeoutSeconds,
        }));

    [Fact]
    public void ScannedPagesAreOcrdAndMarked()
    {
        output.WriteLine($"First read with OCR: {scan.FirstReadTime.TotalMilliseconds:0} ms");

        Assert.Equal([1, 2], scan.Document.Pages.Select(p => p.Number));
        Assert.All(scan.Document.Pages, p => Assert.True(p.IsOcr));
        Assert.Equal([1, 2], scan.Document.Source.OcrPages);
        Assert.Equal(2, scan.Document.Source.Pages);
    }

    [Fact]
    public void OcrTextHasTheMeetingHeadingAndItsDate()
    {
        var firstLine = scan.Document.Pages[0].Text.Split('\n')[0];

        // Tesseract reads the en dash after "KKR" as a hyphen; the rest of the heading comes through exactly.
        Assert.Contains("REFERAT - Netværksgruppe Børn og Unge den 29/9 2023", firstLine, StringComparison.Ordinal);
        Assert.Contains("Adresse: Hækkerupsvej 1, 4100 Ringsted", scan.Document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("sundhedsklyngerne", scan.Document.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OcrTextIsCachedPerPageUnderTheFilesContentHash()
    {
        var hash = scan.Document.Source.ContentHash;

        foreach (var page in scan.Document.Pages)
        {
            var file = Path.Combine(scan.CacheFolder, $"{hash}.p{page.Number}.dan.txt");
            Assert.True(File.Exists(file), $"no cache file {file}");
            Assert.Equal(page.Text, File.ReadAllText(file));
        }
    }

    [Fact]
    public async Task SecondReadIsServedFromTheCacheWithoutRunningTesseract()
    {
        var watch = Stopwatch.StartNew();
        var again = await Reader(MissingTesseract, scan.CacheFolder)
            .ReadAsync(Fixtures.File(ScannedPdfFixture.ScannedMinutes), CancellationToken.None);
        output.WriteLine($"Cached read: {watch.Elapsed.TotalMilliseconds:0} ms (first: {scan.FirstReadTime.TotalMilliseconds:0} ms)");

        Assert.Equal(scan.Document.Pages, again.Pages);
        Assert.Equal([1, 2], again.Source.OcrPages);
    }

    [Fact]
    public async Task MissingTesseractNamesThePackagesToInstall()
    {
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader(MissingTesseract)
            .ReadAsync(Fixtures.File(ScannedPdfFixture.ScannedMinutes), CancellationToken.None));

        Assert.Equal(
            "scanned PDF needs OCR, but tesseract was not found: install the Debian packages tesseract-ocr and tesseract-ocr-dan",
            error.Reason);
    }

    [Fact]
    public async Task TextLayerPdfNeverRunsTesseract()
    {
        var document = await Reader(MissingTesseract)
            .ReadAsync(Fixtures.File("formats/pdf/referat-2023-09-29.pdf"), CancellationToken.None);

        Assert.Empty(document.Source.OcrPages);
    }

    [Fact]
    public async Task AHangingTesseractIsKilledAtTheTimeout()
    {
        using var fake = FakeTesseract.Hanging();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader(fake.Path, timeoutSeconds: 1)
            .ReadAsync(Fixtures.File(ScannedPdfFixture.ScannedMinutes), CancellationToken.None));

        Assert.Equal("OCR of page 1 took longer than 1 s and was stopped", error.Reason);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task CancellingStopsOcrAndThrowsCancellation()
    {
        using var fake = FakeTesseract.Hanging();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Reader(fake.Path)
            .ReadAsync(Fixtures.File(ScannedPdfFixture.ScannedMinutes), cancellation.Token));
    }

    [Fact]
    public async Task AFailingTesseractIsReportedWithItsMessage()
    {
        using var fake = FakeTesseract.Failing("Error in pixReadStream: Unknown format: no pix returned");

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader(fake.Path)
            .ReadAsync(Fixtures.File(ScannedPdfFixture.ScannedMinutes), CancellationToken.None));

        Assert.Equal("OCR of page 1 failed: tesseract exited with code 1: Error in pixReadStream: Unknown format: no pix returned", error.Reason);
    }
}
