using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Core;
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

    internal static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        [AsParameters] SearchParameters parameters,
        MinutesSearcher searcher,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
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

        var sort = ParameterErrors.Optional(parameters.Sort)?.ToLowerInvariant() ?? SearchSort.Relevance;
        if (!SearchSort.All.Contains(sort))
        {
            errors.Add("sort", $"'{parameters.Sort}' is not an order: use {string.Join(" or ", SearchSort.All)}.");
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

        var response = await searcher.SearchAsync(new SearchRequest
        {
            Q = q,
            Limit = limit,
            Offset = offset,
            Body = ParameterErrors.Optional(parameters.Body),
            From = from,
            To = to,
            Kind = kind,
            Municipality = ParameterErrors.Optional(parameters.Municipality),
            Sort = sort,
            GroupByItem = group == "item",
        }, cancellationToken);

        // The municipality facet offers only Danish municipalities and regions, not every bracket a
        // participant list names ("Børnehus Sjælland").
        var municipalities = response.Facets.Municipality
            .Where(m => DanishMunicipalities.Contains(m.Key))
            .ToDictionary(m => m.Key, m => m.Value);
        return TypedResults.Ok(response with { Facets = response.Facets with { Municipality = municipalities } });
    }
}
