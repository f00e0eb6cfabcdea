using Microsoft.AspNetCore.Mvc;

namespace Minutes.Api.Endpoints;

/// <summary>The query string of GET /api/suggest, as text so bad values get a 400 naming the parameter.</summary>
public sealed class SuggestParameters
{
    /// <summary>What has been typed so far, untrimmed (a trailing space means the last word is finished); at most 500 characters.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>Suggestions wanted, 1-20; default 8.</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
}
