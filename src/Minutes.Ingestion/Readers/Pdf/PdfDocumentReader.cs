using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Minutes.Core;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// Reads PDF minutes with PdfPig, page by page with the PDF's own 1-based page numbers, so a search hit can cite
/// "side 3". Text comes in content order, which keeps a two-column agenda table's cells whole: the item's number
/// and title, a tab, then its text cell, instead of the two columns interleaved line by line.
/// </summary>
/// <remarks>
/// <para>A page without a text layer (a scan) is OCR'd with tesseract (see <see cref="PdfReaderOptions"/>);
/// its <see cref="PageText.IsOcr"/> is true and its number is listed in <see cref="SourceDocument.OcrPages"/>.
/// OCR text is cached by the file's content hash, so a re-ingest never OCRs the same file twice.</para>
/// <para>Encrypted, empty, truncated and non-PDF files throw <see cref="UnreadableDocumentException"/> with a
/// specific reason; no PdfPig exception escapes. One reader serves many files and may be used concurrently.</para>
/// </remarks>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>The header may follow a little junk (a mail gateway's preamble); readers look this far for it.</summary>
    private const int HeaderSearchBytes = 1024;

    private static ReadOnlySpan<byte> Header => "%PDF-"u8;

    private readonly PdfReaderOptions _options;
    private readonly ILogger<PdfDocumentReader> _logger;
    private readonly OcrCache _cache;
    private readonly TesseractOcr _ocr;

    /// <param name="options">Defaults (tesseract on PATH, Danish, no cache) when null.</param>
    /// <param name="logger">Logs OCR timings; none when null.</param>
    public PdfDocumentReader(IOptions<PdfReaderOptions>? options = null, ILogger<PdfDocumentReader>? logger = null)
    {
        _options = options?.Value ?? new PdfReaderOptions();
        _logger = logger ?? NullLogger<PdfDocumentReader>.Instance;
        _cache = new OcrCache(_options.CacheFolder);
        _ocr = new TesseractOcr(_options.TesseractPath, _options.Language, TimeSpan.FromSeconds(_options.TimeoutSeconds));
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public async Task<DocumentText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        CheckHeader(content);
        var hash = SourceDocuments.Hash(content);

        var contents = await ExtractAsync(content, page => !CacheHas(hash, page), cancellationToken);
        var pages = new List<PageText>(contents.Count);
        var ocrPages = new List<int>();
        foreach (var page in contents)
        {
            if (page.HasText)
            {
                pages.Add(new PageText(page.Number, page.Text));
                continue;
            }

            var ocrText = await OcrAsync(path, hash, page, cancellationToken);
            if (ocrText is null)
            {
                pages.Add(new PageText(page.Number, ""));
                continue;
            }

            pages.Add(new PageText(page.Number, ocrText, IsOcr: true));
            ocrPages.Add(page.Number);
        }

        if (pages.All(p => string.IsNullOrWhiteSpace(p.Text)) && contents.Any(p => p.UndecodableImages > 0))
        {
            throw new UnreadableDocumentException(
                "scanned PDF, but its page images are in an encoding that cannot be passed to OCR (neither PNG-convertible nor JPEG)");
        }

        var source = SourceDocuments.Create(path, content, "pdf", pages.Count) with { OcrPages = ocrPages };
        return new DocumentText(source, pages);
    }

    private static void CheckHeader(byte[] content)
    {
        if (content.Length == 0)
        {
            throw new UnreadableDocumentException("the file is empty");
        }

        var head = content.AsSpan(0, Math.Min(content.Length, HeaderSearchBytes));
        if (head.IndexOf(Header) < 0)
        {
            throw new UnreadableDocumentException("not a PDF: the file does not start with %PDF");
        }
    }

    private bool CacheHas(string hash, int page) =>
        _cache.PathFor(hash, page, _options.Language) is { } file && File.Exists(file);

    /// <summary>
    /// PdfPig has no cancellation and, on a damaged file, its lenient parser can search for a long time, so it runs
    /// on the thread pool under <see cref="PdfReaderOptions.ParseTimeoutSeconds"/>. On timeout the extraction is told
    /// to stop at the next page and the file is reported; the batch does not wait for it.
    /// </summary>
    private async Task<IReadOnlyList<PdfPageContent>> ExtractAsync(
        byte[] content, Func<int, bool> needsOcrImages, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeout = TimeSpan.FromSeconds(_options.ParseTimeoutSeconds);
        var extraction = Task.Run(() => PdfPageExtractor.Extract(content, needsOcrImages, stop.Token), stop.Token);
        try
        {
            return await extraction.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            await stop.CancelAsync();
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"the PDF is truncated or damaged: parsing took longer than {timeout.TotalSeconds:0} s"), e);
        }
    }

    /// <returns>The page's OCR text, or null when the page has no image to OCR (a blank page).</returns>
    private async Task<string?> OcrAsync(string path, string hash, PdfPageContent page, CancellationToken cancellationToken)
    {
        var cached = await _cache.TryReadAsync(hash, page.Number, _options.Language, cancellationToken);
        if (cached is not null)
        {
            return cached;
        }

        if (page.Images.Count == 0)
        {
            return null;
        }

        var watch = Stopwatch.StartNew();
        var parts = new List<string>(page.Images.Count);
        foreach (var image in page.Images)
        {
            var recognized = await _ocr.RecognizeAsync(image.Bytes, image.Dpi, page.Number, cancellationToken);
            parts.Add(PdfText.Normalize(recognized));
        }

        var text = string.Join('\n', parts);
        await _cache.WriteAsync(hash, page.Number, _options.Language, text, cancellationToken);
        _logger.LogInformation("OCR of page {Page} of {File} took {ElapsedMs} ms", page.Number, Path.GetFileName(path), watch.ElapsedMilliseconds);
        return text;
    }
}
