using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Api.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Search");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Search the minutes: one hit per agenda item (its best passage, how many places matched, the others) or, with group=none, every passage; highlighted snippets, facets and citations");
        return app;
    }

    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        [AsParameters] SearchParameters parameters,
        MinutesSearcher searcher,
        IOptions<ApiOptions> options)
    {
        var errors = new ParameterErrors();
        var q = errors.Query("q", parameters.Q, options.Value.MaxQueryLength);
        var limit = errors.Int("limit", parameters.Limit, 1, SearchRequest.MaxLimit, 10);
        var offset = errors.Int("offset", parameters.Offset, 0, 10_000, 0);
        var (from, to) = errors.Period(parameters.From, parameters.To);
        var kind = ParameterErrors.Optional(parameters.Kind)?.ToLowerInvariant();
        if (kind is not null && !PassageKinds.All.Contains(kind))
        {
            errors.Add("kind", $"'{parameters.Kind}' is not a passage kind: use {string.Join(", ", PassageKinds.All)}.");
        }

        var group = ParameterErrors.Optional(parameters.Group)?.ToLowerInvariant() ?? "item";
        if (group is not ("item" or "none"))
        {
            errors.Add("group", $"'{parameters.Group}' is not a grouping: use item or none.");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        return TypedResults.Ok(searcher.Search(new SearchRequest
        {
            Q = q,
            Limit = limit,
            Offset = offset,
            Body = ParameterErrors.Optional(parameters.Body),
            From = from,
            To = to,
            Kind = kind,
            Municipality = ParameterErrors.Optional(parameters.Municipality),
            GroupByItem = group == "item",
        }));
    }
}
