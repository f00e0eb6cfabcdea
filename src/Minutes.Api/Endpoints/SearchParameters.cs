using Microsoft.AspNetCore.Mvc;

namespace Minutes.Api.Endpoints;

/// <summary>The query string of GET /api/search, as text so bad values get a 400 naming the parameter.</summary>
public sealed class SearchParameters
{
    /// <summary>The query: words, "phrases", -exclusions or a question; required, at most 500 characters.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>Hits per page, 1-100; default 10.</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    /// <summary>Hits to skip, for paging; default 0.</summary>
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    /// <summary>Only this body, exact value as in the facet.</summary>
    [FromQuery(Name = "body")] public string? Body { get; init; }

    /// <summary>Only meetings on or after this day, yyyy-MM-dd.</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }

    /// <summary>Only meetings on or before this day, yyyy-MM-dd.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }

    /// <summary>Only passages of this kind: item, decision or meeting.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; init; }

    /// <summary>"item" (default): one hit per agenda item, its best passage with places and otherPlaces; "none": every matching passage.</summary>
    [FromQuery(Name = "group")] public string? Group { get; init; }

    /// <summary>Only meetings with a participant from this municipality.</summary>
    [FromQuery(Name = "municipality")] public string? Municipality { get; init; }

    /// <summary>Order of the hits: "relevance" (default) or "date" (newest meeting first, best first within a day).</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
