namespace Minutes.Ingestion.Cleaning;

/// <summary>One cleaned line and the page it is on. <see cref="Original"/> is the line before OCR repair.</summary>
public sealed record CleanLine(string Text, int Page, string Original)
{
    public bool IsBlank => Text.Length == 0;
}
