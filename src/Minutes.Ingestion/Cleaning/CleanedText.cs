namespace Minutes.Ingestion.Cleaning;

/// <summary>The cleaned lines of a document, page numbers kept, and what OCR repair changed.</summary>
public sealed record CleanedText(IReadOnlyList<CleanLine> Lines, IReadOnlyList<TokenRepair> Repairs)
{
    public string Text => string.Join("\n", Lines.Select(l => l.Text));
}
