namespace Minutes.Api.Security;

/// <summary>
/// Guards the write endpoints: 403 when no key is configured (the endpoints are off), 401 when the
/// <c>X-Api-Key</c> header is missing or wrong. The key itself is never logged or echoed.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyCheck keys, ILogger<ApiKeyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!keys.Enabled)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "This endpoint is turned off",
                detail: "Uploads and reindexing are off because no API key is configured. Set Api:Keys (e.g. the environment variable Api__Keys__0) to turn them on.");
        }

        var presented = http.Request.Headers[ApiKeyCheck.Header].ToString();
        if (presented.Length == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"Send an API key in the {ApiKeyCheck.Header} header.");
        }

        if (!keys.IsValid(presented))
        {
            logger.LogWarning("Rejected a wrong API key for {Path} from {Client}", http.Request.Path.Value, http.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key not valid",
                detail: $"The key in the {ApiKeyCheck.Header} header is not one of the configured keys.");
        }

        return await next(context);
    }
}
