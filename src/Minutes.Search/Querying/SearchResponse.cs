namespace Minutes.Search.Querying;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <param name="Query">The query text as given.</param>
/// <param name="InterpretedAs">
/// What was searched, in Danish, for showing under the search box, e.g.
/// "døgndiamanten · beslutninger foretrækkes · 2024".
/// </param>
/// <param name="Total">Hits matching before paging: agenda items (and meeting headers) when grouped, else passages.</param>
/// <param name="TookMs">Time spent searching, in milliseconds.</param>
/// <param name="DidYouMean">The query with words the index lacks replaced by their closest indexed spelling, to offer as a link; null when there is none.</param>
public sealed record SearchResponse(
    string Query,
    string InterpretedAs,
    int Total,
    long TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean);
