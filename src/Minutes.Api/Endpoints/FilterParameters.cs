using Microsoft.AspNetCore.Mvc;

namespace Minutes.Api.Endpoints;

/// <summary>The query string of the decision and meeting lists: a topic, a body and a period, as text so bad values get a 400 naming the parameter.</summary>
public sealed class FilterParameters
{
    /// <summary>The topic (decisions: required, at most 500 characters; meetings: not used).</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>Only this body, exact value.</summary>
    [FromQuery(Name = "body")] public string? Body { get; init; }

    /// <summary>Only meetings on or after this day, yyyy-MM-dd.</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }

    /// <summary>Only meetings on or before this day, yyyy-MM-dd.</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }

    /// <summary>Meetings per page, 1-1000; default 100.</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    /// <summary>Meetings to skip; default 0.</summary>
    [FromQuery(Name = "offset")] public string? Offset { get; init; }
}
