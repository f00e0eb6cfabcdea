using System.Text.Json.Serialization;

namespace Minutes.Core;

/// <summary>Where a meeting came from.</summary>
/// <param name="File">The file name (no folder), as cited to users.</param>
/// <param name="Format">"pdf", "docx", "html", "txt", or a publication feed's name ("firstagenda").</param>
/// <param name="Pages">Page count; 1 for formats without pages.</param>
/// <param name="OcrPages">1-based numbers of pages whose text came from OCR.</param>
public sealed record SourceDocument(
    string File,
    string Format,
    int Pages,
    [property: JsonIgnore] string Path,
    [property: JsonIgnore] string ContentHash)
{
    public IReadOnlyList<int> OcrPages { get; init; } = [];
}
