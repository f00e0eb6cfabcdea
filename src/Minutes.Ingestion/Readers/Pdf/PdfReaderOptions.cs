using System.ComponentModel.DataAnnotations;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// How <see cref="PdfDocumentReader"/> parses PDFs and OCRs scanned pages. Scanned minutes are common
/// (a signed paper copy run through the office scanner), so OCR is on by default; it only needs the
/// Debian packages <c>tesseract-ocr</c> and <c>tesseract-ocr-dan</c>.
/// </summary>
public sealed class PdfReaderOptions
{
    public const string Section = "Ingest:Pdf";

    /// <summary>
    /// The tesseract executable: a bare name is looked up on PATH, or give a full path.
    /// </summary>
    /// <value>Default "tesseract".</value>
    [Required]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Tesseract language(s), e.g. "dan" or "dan+eng". Part of the OCR cache key.</summary>
    /// <value>Default "dan".</value>
    [Required]
    public string Language { get; set; } = "dan";

    /// <summary>
    /// Where OCR text is cached, one file per content hash and page, so re-ingesting a scanned file never runs
    /// tesseract twice (about 3 s a page). Relative paths are relative to the working directory; the host sets
    /// e.g. "index/ocr-cache".
    /// </summary>
    /// <value>Default null: no cache.</value>
    public string? CacheFolder { get; set; }

    /// <summary>Seconds tesseract may spend on one page before it is killed and the file reported unreadable.</summary>
    /// <value>Default 120.</value>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Seconds PdfPig may spend parsing the file and extracting its text. A damaged file can send the lenient
    /// parser into a long search for objects; past this limit the file is reported unreadable.
    /// </summary>
    /// <value>Default 60.</value>
    [Range(1, 3600)]
    public int ParseTimeoutSeconds { get; set; } = 60;
}
