using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Minutes.Core;
using Minutes.Search.Indexing;

namespace Minutes.Api.Endpoints;

public static class MeetingEndpoints
{
    public static IEndpointRouteBuilder MapMeetingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Meetings");
        api.MapGet("/meetings", List)
            .WithName("ListMeetings")
            .WithSummary("The indexed meetings, newest first, each with its item count; filter by body and period");
        api.MapGet("/bodies", Bodies)
            .WithName("ListBodies")
            .WithSummary("The bodies with indexed meetings: name, number of meetings and the first and latest meeting date, most recent first");
        api.MapGet("/meetings/{id}", Get)
            .WithName("GetMeeting")
            .WithSummary("One meeting as `minutes parse --json` gives it (header, participants, items, decisions), plus the previous and next meeting of the same body and the URL of the original file");
        api.MapGet("/items/{id}", GetItem)
            .WithName("GetItem")
            .WithSummary("One agenda item with its text, sections and decisions, its meeting and where to cite it");
        return app;
    }

    internal static Results<Ok<MeetingListResponse>, ValidationProblem> List([AsParameters] FilterParameters parameters, MinutesIndex index)
    {
        var errors = new ParameterErrors();
        var (from, to) = errors.Period(parameters.From, parameters.To);
        var limit = errors.Int("limit", parameters.Limit, 1, 1000, 100);
        var offset = errors.Int("offset", parameters.Offset, 0, int.MaxValue, 0);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var body = ParameterErrors.Optional(parameters.Body);
        var meetings = index.ListMeetings()
            .Where(m => body is null || string.Equals(m.Body, body, StringComparison.OrdinalIgnoreCase))
            .Where(m => from is null || (m.Date is { } d && d >= from))
            .Where(m => to is null || (m.Date is { } d && d <= to))
            .ToList();
        return TypedResults.Ok(new MeetingListResponse(meetings.Count, meetings.Skip(offset).Take(limit).ToList()));
    }

    /// <summary>For browsing by body: every body once, the one that met most recently first.</summary>
    internal static Ok<IReadOnlyList<BodySummary>> Bodies(MinutesIndex index)
    {
        IReadOnlyList<BodySummary> bodies = index.ListMeetings()
            .Where(m => !string.IsNullOrWhiteSpace(m.Body))
            .GroupBy(m => m.Body!, StringComparer.Ordinal)
            .Select(g => new BodySummary(g.Key, g.Count(), g.Min(m => m.Date), g.Max(m => m.Date)))
            .OrderByDescending(b => b.Latest)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(bodies);
    }

    internal static Results<Ok<JsonObject>, ProblemHttpResult> Get(string id, MinutesIndex index)
    {
        if (index.GetMeeting(id) is not { } meeting)
        {
            return UnknownMeeting(id);
        }

        var json = JsonNode.Parse(meeting.Json)!.AsObject();
        var (previous, next) = Neighbours(index, meeting.Summary);
        json["previous"] = Link(previous);
        json["next"] = Link(next);
        json["fileUrl"] = FileUrl(id);
        return TypedResults.Ok(json);
    }

    internal static Results<Ok<JsonObject>, ProblemHttpResult> GetItem(string id, MinutesIndex index)
    {
        var meeting = index.FindMeetingOfItem(id) is { } meetingId ? index.GetMeeting(meetingId) : null;
        var item = meeting is null
            ? null
            : JsonNode.Parse(meeting.Json)?["items"]?.AsArray()
                .Select(i => i!.AsObject())
                .FirstOrDefault(i => i["id"]?.GetValue<string>() == id);
        if (meeting is null || item is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown agenda item",
                detail: $"No agenda item has the id '{id}'. Item ids come from search hits (item.id) or a meeting's items.");
        }

        item.Parent?.AsArray().Remove(item);
        var summary = meeting.Summary;
        item["meeting"] = JsonSerializer.SerializeToNode(
            new { summary.Id, summary.Title, summary.Body, summary.Date }, MeetingJson.Options);
        item["source"] = JsonSerializer.SerializeToNode(
            new { summary.File, Page = item["page"]?.GetValue<int>() ?? 1 }, MeetingJson.Options);
        item["fileUrl"] = FileUrl(summary.Id);
        return TypedResults.Ok(item);
    }

    internal static ProblemHttpResult UnknownMeeting(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown meeting",
        detail: $"No meeting has the id '{id}'. Meeting ids come from GET /api/meetings or search hits (meeting.id).");

    internal static string MeetingUrl(string meetingId) => $"/api/meetings/{Uri.EscapeDataString(meetingId)}";

    internal static string FileUrl(string meetingId) => $"/api/documents/{Uri.EscapeDataString(meetingId)}/file";

    /// <summary>The meetings of the same body just before and after, by date; none when the meeting has no body or date.</summary>
    private static (MeetingSummary? Previous, MeetingSummary? Next) Neighbours(MinutesIndex index, MeetingSummary meeting)
    {
        if (meeting.Body is null || meeting.Date is null)
        {
            return (null, null);
        }

        var sameBody = index.ListMeetings()
            .Where(m => m.Date is not null && string.Equals(m.Body, meeting.Body, StringComparison.Ordinal))
            .OrderBy(m => m.Date)
            .ThenBy(m => m.File, StringComparer.Ordinal)
            .ToList();
        var at = sameBody.FindIndex(m => m.Id == meeting.Id);
        return at < 0
            ? (null, null)
            : (at > 0 ? sameBody[at - 1] : null, at < sameBody.Count - 1 ? sameBody[at + 1] : null);
    }

    private static JsonNode? Link(MeetingSummary? meeting) => meeting is null
        ? null
        : JsonSerializer.SerializeToNode(new MeetingLink(meeting.Id, meeting.Title, meeting.Date), MeetingJson.Options);
}
