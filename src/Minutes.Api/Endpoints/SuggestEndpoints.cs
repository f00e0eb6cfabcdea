using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Search.Querying;

namespace Minutes.Api.Endpoints;

public static class SuggestEndpoints
{
    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search")
            .MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Suggestions while typing: the last word completed from the minutes' words, bodies and agenda item titles");
        return app;
    }

    /// <summary>Too little typed is not an error here: the box asks on every keystroke, so it just gets no suggestions.</summary>
    internal static Results<Ok<SuggestResponse>, ValidationProblem> Suggest(
        [AsParameters] SuggestParameters parameters,
        Suggester suggester,
        IOptions<ApiOptions> options)
    {
        var errors = new ParameterErrors();
        var q = errors.Query("q", parameters.Q, options.Value.MaxQueryLength, required: false);
        var limit = errors.Int("limit", parameters.Limit, 1, Suggester.MaxLimit, 8);
        if (errors.Any)
        {
            return errors.Problem();
        }

        return TypedResults.Ok(suggester.Suggest(q, limit));
    }
}
