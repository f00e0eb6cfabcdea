using Minutes.Search.Indexing;

namespace Minutes.Api.Endpoints;

/// <summary>GET /api/meetings: the meetings matching the filters, newest first, one page of them.</summary>
/// <param name="Total">Meetings matching, before paging.</param>
public sealed record MeetingListResponse(int Total, IReadOnlyList<MeetingSummary> Meetings);
