using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Minutes.Api.Indexing;
using Minutes.Api.Security;
using Minutes.Search.Indexing;

namespace Minutes.Api.Endpoints;

public static class DocumentEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapDocumentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapGet("/{id}/file", File)
            .WithName("GetDocumentFile")
            .WithSummary("The original file of a meeting (document id = meeting id) with its content type, shown inline");
        api.MapPost("/", Upload)
            .RequireApiKey()
            .WithName("UploadDocuments")
            .WithSummary("Upload one or more minutes (multipart/form-data, needs X-Api-Key): each is parsed first; only when all parse are they saved into the upload folder and indexed")
            .Accepts<IFormFileCollection>("multipart/form-data");
        return app;
    }

    internal static Results<PhysicalFileHttpResult, ProblemHttpResult> File(string id, MinutesIndex index, SourceSync sync, HttpContext context)
    {
        if (index.GetMeeting(id) is not { } meeting)
        {
            return MeetingEndpoints.UnknownMeeting(id);
        }

        if (!SourceFiles.IsServable(meeting.Path, sync.Folders))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Original file not available",
                detail: $"The file {meeting.Summary.File} of meeting '{id}' is no longer in the source folders.");
        }

        var contentType = ContentTypes.TryGetContentType(meeting.Path, out var type) ? type : "application/octet-stream";
        var headers = context.Response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = meeting.Summary.File }.ToString();
        // Uploaded HTML is somebody else's page: never let it run script on the API's origin.
        headers.ContentSecurityPolicy = "sandbox";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(meeting.Path, contentType, enableRangeProcessing: true);
    }

    internal static async Task<Results<Created<UploadResponse>, ProblemHttpResult>> Upload(
        HttpRequest request,
        DocumentUpload upload,
        CancellationToken cancellationToken)
    {
        var outcome = await upload.ReceiveAsync(request, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return TypedResults.Problem(statusCode: problem.Status, title: problem.Title, detail: problem.Detail);
        }

        var response = outcome.Response!;
        return TypedResults.Created(MeetingEndpoints.MeetingUrl(response.Documents[0].MeetingId), response);
    }
}
