using Lucene.Net.Search;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>The orders a search can return its hits in.</summary>
public static class SearchSort
{
    /// <summary>Best match first (the default).</summary>
    public const string Relevance = "relevance";

    /// <summary>Newest meeting first; best match first within a day; undated meetings last.</summary>
    public const string Date = "date";

    public static IReadOnlyList<string> All { get; } = [Relevance, Date];

    /// <summary>
    /// The Lucene order for <see cref="Date"/>: the meeting date as stored ("yyyy-MM-dd" sorts as text),
    /// newest first, then score, then the passage id so equal passages keep one order.
    /// </summary>
    internal static readonly Sort ByDate = new(
        new SortField(IndexFields.Date, SortFieldType.STRING, reverse: true),
        SortField.FIELD_SCORE,
        new SortField(IndexFields.PassageId, SortFieldType.STRING));
}
