namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// What PdfPig gave for one page: its text layer, or, when it has none, the images to OCR.
/// </summary>
/// <param name="Number">1-based.</param>
/// <param name="Text">The text layer, NFKC-normalised with "\n" line breaks; empty for a scanned page.</param>
/// <param name="Images">Encoded page images, top to bottom; filled only for text-less pages that need OCR.</param>
/// <param name="UndecodableImages">Images on a text-less page that could not be turned into PNG or JPEG.</param>
internal sealed record PdfPageContent(int Number, string Text, IReadOnlyList<OcrImage> Images, int UndecodableImages)
{
    public bool HasText => !string.IsNullOrWhiteSpace(Text);
}
