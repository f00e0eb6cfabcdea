using System.Text;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// The one text shape both the text layer and OCR output are brought to: NFKC ("ﬁk" → "fik", "ﬂeste" → "fleste",
/// which PdfPig emits as single ligature characters and the analyzer would not match), "\n" line breaks
/// (the parser is line based), no trailing spaces or form feeds.
/// </summary>
internal static class PdfText
{
    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\f', '\n');
        var lines = normalized.Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }
}
