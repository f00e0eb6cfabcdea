using System.Diagnostics;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion.Readers.Pdf;

namespace Minutes.Tests.Ingestion.Readers.Pdf;

/// <summary>
/// Reads the scanned minutes once with the real tesseract into a fresh OCR cache, so the OCR tests share one
/// run of about 3 s a page instead of paying it per test. CI installs tesseract-ocr-dan; nothing is skipped.
/// </summary>
public sealed class ScannedPdfFixture : IAsyncLifetime
{
    public const string ScannedMinutes = "formats/pdf/referat-2023-09-29-scannet.pdf";

    public string CacheFolder { get; } = Directory.CreateTempSubdirectory("minutes-ocr-cache-").FullName;

    public DocumentText Document { get; private set; } = null!;

    /// <summary>Printed by the tests, never asserted.</summary>
    public TimeSpan FirstReadTime { get; private set; }

    public async Task InitializeAsync()
    {
        var reader = new PdfDocumentReader(Options.Create(new PdfReaderOptions { CacheFolder = CacheFolder }));
        var watch = Stopwatch.StartNew();
        Document = await reader.ReadAsync(Fixtures.File(ScannedMinutes), CancellationToken.None);
        FirstReadTime = watch.Elapsed;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(CacheFolder, recursive: true);
        return Task.CompletedTask;
    }
}
