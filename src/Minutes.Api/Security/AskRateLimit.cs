using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Minutes.Api.Security;

/// <summary>
/// The per-client limit on /api/ask: a fixed window of <see cref="RateLimitOptions.AskPermits"/>
/// questions per <see cref="RateLimitOptions.AskWindowSeconds"/> per client IP address. Questions are
/// the expensive call (and may cost LLM tokens); search is not limited.
/// </summary>
internal static class AskRateLimit
{
    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.AskPermits,
            Window = TimeSpan.FromSeconds(options.AskWindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>429 as problem+json with Retry-After in whole seconds.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : options.AskWindowSeconds;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many questions",
                Detail = $"At most {options.AskPermits} questions per {options.AskWindowSeconds} s per client; try again in {retryAfter} s.",
            },
        });
    }
}
