namespace Minutes.Search.Querying;

/// <summary>Another matching passage of a hit's agenda item: a window further down, or its decisions.</summary>
/// <param name="Id">The passage id.</param>
/// <param name="Kind">"item" or "decision".</param>
/// <param name="Snippet">As <see cref="SearchHit.Snippet"/>: HTML-escaped, matches in &lt;mark&gt;.</param>
/// <param name="Page">1-based page the passage starts on.</param>
public sealed record OtherPlace(string Id, string Kind, string Snippet, int Page)
{
    /// <summary>Other places listed per hit.</summary>
    public const int Max = 5;
}
