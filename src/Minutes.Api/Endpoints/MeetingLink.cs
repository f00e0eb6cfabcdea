namespace Minutes.Api.Endpoints;

/// <summary>A pointer to another meeting, e.g. the previous meeting of the same body.</summary>
public sealed record MeetingLink(string Id, string Title, DateOnly? Date);
