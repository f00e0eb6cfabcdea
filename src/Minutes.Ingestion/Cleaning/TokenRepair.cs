namespace Minutes.Ingestion.Cleaning;

/// <summary>One OCR repair: the token as read and the word it became.</summary>
public sealed record TokenRepair(string Original, string Repaired);
