namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>An encoded page image (PNG or JPEG) ready for tesseract.</summary>
/// <param name="Dpi">Scan resolution worked out from the image's size on the page; null when implausible.</param>
internal sealed record OcrImage(ReadOnlyMemory<byte> Bytes, int? Dpi);
