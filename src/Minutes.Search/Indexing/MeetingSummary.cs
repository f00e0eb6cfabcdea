namespace Minutes.Search.Indexing;

/// <summary>One meeting in the index, for listing.</summary>
/// <param name="File">The source file name.</param>
public sealed record MeetingSummary(string Id, string Title, string? Body, DateOnly? Date, int ItemCount, string File);
