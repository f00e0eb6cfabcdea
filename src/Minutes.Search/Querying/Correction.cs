namespace Minutes.Search.Querying;

/// <summary>A query word not in the index and the indexed word searched instead.</summary>
/// <param name="Original">As typed, e.g. "Døgndiamnten".</param>
/// <param name="Replacement">As written in the minutes, e.g. "Døgndiamanten".</param>
internal sealed record Correction(string Original, string Replacement);
