using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Api.Indexing;
using Minutes.Ingestion;
using Minutes.Ingestion.Cleaning;
using Minutes.Ingestion.Readers;
using Minutes.Search.Indexing;

namespace Minutes.Api.Endpoints;

/// <summary>
/// The text of an original document, read by the same reader and cleaner as ingestion, so the page can
/// show an HTML or text original as readable text of its own (no foreign markup runs, the cited passage
/// can be marked) instead of raw source or mojibake.
/// </summary>
internal static class DocumentTextEndpoint
{
    internal static async Task<Results<Ok<DocumentTextResponse>, ProblemHttpResult>> Text(
        string id,
        MinutesIndex index,
        SourceSync sync,
        IEnumerable<IDocumentReader> readers,
        TextCleaner cleaner,
        IOptions<IngestionOptions> options,
        CancellationToken cancellationToken)
    {
        if (index.GetMeeting(id) is not { } meeting)
        {
            return MeetingEndpoints.UnknownMeeting(id);
        }

        var extension = Path.GetExtension(meeting.Path);
        var reader = readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
        if (!SourceFiles.IsServable(meeting.Path, sync.Folders) || reader is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Original file not available",
                detail: $"The file {meeting.Summary.File} of meeting '{id}' is no longer in the source folders.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.FileTimeoutSeconds));
        try
        {
            var document = await reader.ReadAsync(meeting.Path, timeout.Token);
            var pages = cleaner.Clean(document).Lines
                .GroupBy(l => l.Page)
                .OrderBy(g => g.Key)
                .Select(g => new DocumentPage(g.Key, string.Join("\n", g.Select(l => l.Text)).Trim()))
                .ToList();
            return TypedResults.Ok(new DocumentTextResponse(
                id, meeting.Summary.File, extension.TrimStart('.').ToLowerInvariant(), MeetingEndpoints.FileUrl(id), pages));
        }
        catch (UnreadableDocumentException e)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Unreadable minutes",
                detail: $"{meeting.Summary.File}: {e.Reason}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Reading took too long",
                detail: $"{meeting.Summary.File}: reading took longer than {options.Value.FileTimeoutSeconds} s.");
        }
    }
}
