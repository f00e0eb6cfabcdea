namespace Minutes.Search.Querying;

/// <summary>
/// A search: free text plus optional filters. <see cref="Q"/> may be a natural question
/// ("hvad blev besluttet om Døgndiamanten i 2024") or use power syntax: "quoted phrases",
/// -exclusions, +required words and OR. Filters are hard; what the text implies (decision intent,
/// a year, a body) only ranks.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>The query text; empty or missing gives no hits.</summary>
    public string? Q { get; init; }

    /// <summary>Hits per page, clamped to 1..<see cref="MaxLimit"/>.</summary>
    /// <value>Default 10.</value>
    public int Limit { get; init; } = 10;

    /// <summary>Hits to skip, for paging; negative counts as 0.</summary>
    public int Offset { get; init; }

    /// <summary>Only passages of meetings of this body, exact value as in the facet.</summary>
    public string? Body { get; init; }

    /// <summary>Only meetings on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only meetings on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only passages of this kind: "item", "decision" or "meeting".</summary>
    public string? Kind { get; init; }

    /// <summary>Only meetings with a participant from this municipality, e.g. "Holbæk".</summary>
    public string? Municipality { get; init; }

    /// <summary>Order of the hits: <see cref="SearchSort.Relevance"/> or <see cref="SearchSort.Date"/>.</summary>
    /// <value>Default relevance.</value>
    public string Sort { get; init; } = SearchSort.Relevance;

    /// <summary>
    /// One hit per agenda item (true, the default): its best passage, with how many of its passages
    /// matched. False gives every matching passage as its own hit.
    /// </summary>
    public bool GroupByItem { get; init; } = true;

    public const int MaxLimit = 100;
}
