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
        api.MapGet("/{id}/text", DocumentTextEndpoint.Text)
            .WithName("GetDocumentText")
            .WithSummary("The original document's text as read and cleaned (CPR numbers masked), page by page, for the page's own readable view of HTML and text originals");
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
        if (contentType.StartsWith("text/", StringComparison.Ordinal))
        {
            // Without a charset a browser reads UTF-8 minutes as Latin-1 ("BÃ¸rn").
            contentType += $"; charset={TextCharset(meeting.Path)}";
        }

        var headers = context.Response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = meeting.Summary.File }.ToString();
        // Uploaded HTML is somebody else's page: never let it run script on the API's origin.
        headers.ContentSecurityPolicy = "sandbox";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(meeting.Path, contentType, enableRangeProcessing: true);
    }

    /// <summary>
    /// "utf-8" when the file's bytes are valid UTF-8, else "windows-1252": the two encodings the text
    /// reader accepts. Files served are bounded by Ingest:MaxFileSizeMb, so reading one whole is fine.
    /// </summary>
    internal static string TextCharset(string path)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(System.IO.File.ReadAllBytes(path));
            return "utf-8";
        }
        catch (System.Text.DecoderFallbackException)
        {
            return "windows-1252";
        }
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
