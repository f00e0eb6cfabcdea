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
        var format = extension.TrimStart('.').ToLowerInvariant();
        var reader = readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
        if (!SourceFiles.IsServable(meeting.Path, sync.Folders))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Original file not available",
                detail: $"The file {meeting.Summary.File} of meeting '{id}' is no longer in the source folders.");
        }

        if (reader is null)
        {
            // A feed (FirstAgenda JSON) is data, not a document: its text is the meeting as parsed from it.
            return TypedResults.Ok(new DocumentTextResponse(id, meeting.Summary.File, format, MeetingEndpoints.FileUrl(id), [new DocumentPage(1, MeetingText(meeting.Json))]));
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
                id, meeting.Summary.File, format, MeetingEndpoints.FileUrl(id), pages));
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

    /// <summary>A meeting's title and items as running text: "6. Drøfte …", then the item's text.</summary>
    private static string MeetingText(string json)
    {
        var meeting = System.Text.Json.Nodes.JsonNode.Parse(json);
        var text = new System.Text.StringBuilder();
        text.Append(meeting?["title"]?.GetValue<string>()).Append("\n\n");
        foreach (var item in meeting?["items"]?.AsArray() ?? [])
        {
            var heading = $"{item?["number"]?.GetValue<string>()} {item?["title"]?.GetValue<string>()}".Trim();
            text.Append(heading).Append("\n\n").Append(item?["text"]?.GetValue<string>()?.Trim()).Append("\n\n");
        }

        return text.ToString().Trim();
    }
}
