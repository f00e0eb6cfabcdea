namespace Minutes.Search.Answers;

/// <summary>
/// A question to answer from the minutes, e.g. "hvad blev besluttet om Døgndiamanten". The filters
/// narrow the passages the answer may use, as in a search.
/// </summary>
public sealed record AskRequest
{
    /// <summary>The question in Danish; empty or missing gives an answer saying there is nothing to answer.</summary>
    public string? Question { get; init; }

    /// <summary>Ask the configured LLM for a summary; ignored (extractive answer) when no LLM is configured.</summary>
    public bool Summarize { get; init; }

    /// <summary>Numbered sources the answer may draw on, clamped to 1..<see cref="MaxLimit"/>.</summary>
    /// <value>Default 5.</value>
    public int Limit { get; init; } = 5;

    /// <summary>Only passages of meetings of this body, exact value as in the search facet.</summary>
    public string? Body { get; init; }

    /// <summary>Only meetings on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only meetings on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>More sources than this make a prompt too long and an extractive answer no better.</summary>
    public const int MaxLimit = 20;
}
