namespace Minutes.Search.Querying;

/// <summary>The decisions on a topic, grouped into matters; matters newest first.</summary>
/// <param name="Query">The topic as given.</param>
/// <param name="InterpretedAs">What was searched, as in <see cref="SearchResponse.InterpretedAs"/>.</param>
/// <param name="Total">Decisions in all matters.</param>
public sealed record DecisionHistoryResponse(
    string Query,
    string InterpretedAs,
    int Total,
    IReadOnlyList<DecisionMatter> Matters);
