namespace Minutes.Search.Querying;

/// <summary>The suggestions for what has been typed so far.</summary>
/// <param name="Query">The text as given.</param>
/// <param name="Suggestions">Completed words first, then bodies, then item titles; empty for fewer than
/// <see cref="Suggester.MinPrefixLength"/> letters in the last word.</param>
public sealed record SuggestResponse(string Query, IReadOnlyList<Suggestion> Suggestions);
