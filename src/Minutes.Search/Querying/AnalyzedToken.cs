namespace Minutes.Search.Querying;

/// <summary>A term the analyzer produced, with where it came from in the original text.</summary>
/// <param name="Position">Token position; synonyms share one.</param>
/// <param name="IsCompoundPart">A part of a compound word, emitted after the whole word at its position.</param>
internal readonly record struct AnalyzedToken(string Term, int Start, int End, int Position, bool IsCompoundPart = false);
