namespace Minutes.Search.Querying;

/// <summary>One suggestion while typing.</summary>
/// <param name="Text">What to show: a completed word ("Døgndiamanten"), a body or an agenda item title.</param>
/// <param name="Kind">One of <see cref="SuggestionKinds"/>.</param>
/// <param name="Query">The whole query to search when the suggestion is chosen: the words typed before
/// the last one, then the suggestion (for a title, the title alone).</param>
/// <param name="Detail">Context in Danish: for a title its body and date ("Netværksgruppe Børn og Unge, 14. juni 2024"); else null.</param>
public sealed record Suggestion(string Text, string Kind, string Query, string? Detail);
