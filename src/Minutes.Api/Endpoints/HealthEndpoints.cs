using Microsoft.AspNetCore.Http.HttpResults;
using Minutes.Api.Indexing;
using Minutes.Ingestion.Cleaning;
using Minutes.Search.Answers;
using Minutes.Search.Indexing;

namespace Minutes.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Indexing status and progress, what the index holds, its age, and whether LLM summaries are configured");
        return app;
    }

    internal static Ok<HealthResponse> Health(MinutesIndex index, SourceSync sync, AnswerGenerator answers)
    {
        var state = sync.State;
        var stats = index.GetStats();
        var age = stats.Age is { } a ? (long)Math.Max(0, a.TotalSeconds) : (long?)null;
        return TypedResults.Ok(new HealthResponse(
            state.Status,
            state.Status == "indexing" ? new HealthProgress(state.Done, state.Total) : null,
            stats.Documents,
            stats.Meetings,
            stats.Passages,
            stats.LastCommit,
            age,
            answers.LlmConfigured,
            state.LastReport,
            state.Failed,
            [.. state.Waiting.Select(CprRedactor.Redact)]));
    }
}
