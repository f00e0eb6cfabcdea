using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Minutes.Api.Indexing;
using Minutes.Api.Security;
using Minutes.Ingestion;
using Minutes.Search;

namespace Minutes.Api;

public static class DependencyInjection
{
    /// <summary>
    /// Everything the API needs: the repository's settings, ingestion and search, validated options,
    /// problem details for every failure, CORS, the /api/ask rate limit, OpenAPI and the background
    /// indexing of the source folders. Options are read when first used, so test hosts can override them.
    /// </summary>
    public static WebApplicationBuilder AddMinutesApi(this WebApplicationBuilder builder)
    {
        ApiHost.AddRepositorySettings(builder.Configuration);
        var services = builder.Services;
        services.AddMinutesIngestion(builder.Configuration);
        services.AddMinutesSearch(builder.Configuration);

        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CorsOriginsOptions>().BindConfiguration(CorsOriginsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Unreadable requests throw in every environment, so BadRequestExceptionHandler can say why.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsOriginsOptions>>((cors, allowed) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. allowed.Value.Origins.Select(o => o.TrimEnd('/'))])
                .WithMethods("GET", "POST")
                .AllowAnyHeader()
                .WithExposedHeaders("Retry-After")));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = AskRateLimit.RejectAsync;
            limiter.AddPolicy(RateLimitOptions.AskPolicy, AskRateLimit.Partition);
        });

        services.AddSingleton<ApiKeyCheck>();
        services.AddSingleton<SourceSync>();
        services.AddSingleton<DocumentUpload>();
        services.AddHostedService<SourceIndexingService>();
        return builder;
    }
}
