using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// The PdfPig part of <see cref="PdfDocumentReader"/>: opens the bytes, takes each page's text in content order,
/// and collects the images of pages without a text layer. Synchronous and CPU-bound; the reader runs it on the
/// thread pool under a time limit. Every PdfPig exception becomes an <see cref="UnreadableDocumentException"/>.
/// </summary>
internal static class PdfPageExtractor
{
    /// <summary>Smaller images are logos or decorations, not scanned text, and only waste OCR time.</summary>
    private const int MinimumOcrImageSide = 100;

    private static readonly ContentOrderTextExtractor.Options TextOptions = new();

    /// <param name="needsOcrImages">
    /// Whether a text-less page's images are wanted; false when its OCR text is already cached, which saves
    /// re-encoding a megabyte of PNG per page.
    /// </param>
    public static IReadOnlyList<PdfPageContent> Extract(byte[] content, Func<int, bool> needsOcrImages, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = new List<PdfPageContent>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var text = PageText(page);
                if (!string.IsNullOrWhiteSpace(text) || !needsOcrImages(number))
                {
                    pages.Add(new PdfPageContent(number, text, [], 0));
                    continue;
                }

                var (images, undecodable) = OcrImages(page);
                pages.Add(new PdfPageContent(number, "", images, undecodable));
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException("the PDF is encrypted and needs a password", e);
        }
        catch (Exception e) when (e is not (OperationCanceledException or UnreadableDocumentException or OutOfMemoryException))
        {
            // PdfDocumentFormatException is the usual one, but damaged files also surface as InvalidOperationException,
            // ArgumentException, IndexOutOfRangeException and the like from deep inside the parser.
            throw new UnreadableDocumentException($"the PDF is truncated or damaged: {Printable(e.Message)}", e);
        }
    }

    /// <summary>
    /// PdfPig's messages can quote the damaged bytes themselves; keep the reason one readable line.
    /// </summary>
    private static string Printable(string message)
    {
        const int MaxLength = 200;
        var line = new string(message.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }

    /// <summary>The page's text: content order (keeps table cells whole), column gaps as tabs, NFKC, "\n" breaks.</summary>
    internal static string PageText(Page page)
    {
        var raw = ContentOrderTextExtractor.GetText(page, TextOptions);
        var marked = ColumnGaps.MarkWithTabs(raw, page.Letters);
        return PdfText.Normalize(marked);
    }

    private static (IReadOnlyList<OcrImage> Images, int Undecodable) OcrImages(Page page)
    {
        var images = new List<OcrImage>();
        var undecodable = 0;
        foreach (var image in page.GetImages().OrderByDescending(i => i.BoundingBox.Top))
        {
            if (image.WidthInSamples < MinimumOcrImageSide || image.HeightInSamples < MinimumOcrImageSide)
            {
                continue;
            }

            var encoded = Encode(image);
            if (encoded is null)
            {
                undecodable++;
                continue;
            }

            images.Add(new OcrImage(encoded.Value, Dpi(image)));
        }

        return (images, undecodable);
    }

    /// <summary>PNG when PdfPig can decode the image; otherwise the raw stream if it is a JPEG, which tesseract reads directly.</summary>
    private static ReadOnlyMemory<byte>? Encode(IPdfImage image)
    {
        try
        {
            if (image.TryGetPng(out var png) && png is { Length: > 0 })
            {
                return png;
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // An image PdfPig cannot decode is not a reason to give up on the page: try its raw bytes.
        }

        var raw = image.RawMemory;
        return IsJpeg(raw.Span) ? raw : null;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;

    /// <summary>Samples per inch on the page, when width and height agree on a plausible scan resolution.</summary>
    private static int? Dpi(IPdfImage image)
    {
        var widthInches = Math.Abs(image.BoundingBox.Width) / 72;
        var heightInches = Math.Abs(image.BoundingBox.Height) / 72;
        if (widthInches <= 0 || heightInches <= 0)
        {
            return null;
        }

        var horizontal = image.WidthInSamples / widthInches;
        var vertical = image.HeightInSamples / heightInches;
        var agree = Math.Abs(horizontal - vertical) <= 0.1 * Math.Max(horizontal, vertical);
        var dpi = (int)Math.Round(horizontal);
        return agree && dpi is >= 70 and <= 1200 ? dpi : null;
    }
}
