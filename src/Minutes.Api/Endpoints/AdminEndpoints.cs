using Microsoft.AspNetCore.Http.HttpResults;
using Minutes.Api.Indexing;
using Minutes.Api.Security;

namespace Minutes.Api.Endpoints;

public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin").WithTags("Admin")
            .MapPost("/reindex", Reindex)
            .RequireApiKey()
            .WithName("Reindex")
            .WithSummary("Sync the index with the source folders now (needs X-Api-Key) and report what changed; runs after any sync in progress");
        return app;
    }

    /// <summary>Runs to the end even if the caller goes away: a half-run sync would only be repeated.</summary>
    internal static async Task<Ok<ReindexResponse>> Reindex(SourceSync sync, IHostApplicationLifetime lifetime)
    {
        var (summary, failed) = await sync.RunAsync(lifetime.ApplicationStopping);
        return TypedResults.Ok(new ReindexResponse(summary, failed));
    }
}
