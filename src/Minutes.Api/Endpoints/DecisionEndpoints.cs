using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Search.Querying;

namespace Minutes.Api.Endpoints;

public static class DecisionEndpoints
{
    public static IEndpointRouteBuilder MapDecisionApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Decisions")
            .MapGet("/decisions", Decisions)
            .WithName("Decisions")
            .WithSummary("Have we decided this before? Decisions on a topic across all meetings, grouped into matters, newest first, each with its citation");
        return app;
    }

    internal static Results<Ok<DecisionHistoryResponse>, ValidationProblem> Decisions(
        [AsParameters] FilterParameters parameters,
        DecisionHistory history,
        IOptions<ApiOptions> options)
    {
        var errors = new ParameterErrors();
        var q = errors.Query("q", parameters.Q, options.Value.MaxQueryLength);
        var (from, to) = errors.Period(parameters.From, parameters.To);
        if (errors.Any)
        {
            return errors.Problem();
        }

        return TypedResults.Ok(history.Find(new DecisionHistoryRequest
        {
            Q = q,
            Body = ParameterErrors.Optional(parameters.Body),
            From = from,
            To = to,
        }));
    }
}
