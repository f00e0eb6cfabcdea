namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Where an agenda item begins: its line, its number as written ("6", "2.", "1)") or null for a
/// time slot, and the text after the number on that line.
/// </summary>
internal sealed record ItemStart(int Line, string? Number, int Ordinal, string Rest);
