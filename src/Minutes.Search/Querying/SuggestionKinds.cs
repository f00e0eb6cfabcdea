namespace Minutes.Search.Querying;

/// <summary>The values of <see cref="Suggestion.Kind"/>.</summary>
public static class SuggestionKinds
{
    /// <summary>The last word completed with a word from the minutes' text.</summary>
    public const string Term = "term";

    /// <summary>The last word completed with the name of a body (udvalg, netværk, styregruppe).</summary>
    public const string Body = "body";

    /// <summary>An agenda item whose title has a word starting with the last word.</summary>
    public const string Title = "title";
}
