using Microsoft.AspNetCore.Diagnostics;

namespace Minutes.Api;

/// <summary>
/// Turns a request ASP.NET Core could not read (malformed JSON, a number where text belongs, a body
/// over the size limit) into a problem with its status and the framework's one-line reason, instead
/// of a bare "Bad Request". Anything else falls through to the generic 500 problem, without details.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
                Detail = bad.Message,
            },
        });
    }
}
