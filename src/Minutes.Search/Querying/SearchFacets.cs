namespace Minutes.Search.Querying;

/// <summary>Counts of passages over all matches of a query (not only the page shown), by value.</summary>
public sealed record SearchFacets
{
    public IReadOnlyDictionary<string, int> Body { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Year { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Kind { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Municipality { get; init; } = new Dictionary<string, int>();
}
