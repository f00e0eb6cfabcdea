namespace Minutes.Core;

/// <param name="Number">1-based.</param>
/// <param name="IsOcr">True when the text came from OCR of a page image.</param>
public sealed record PageText(int Number, string Text, bool IsOcr = false);
