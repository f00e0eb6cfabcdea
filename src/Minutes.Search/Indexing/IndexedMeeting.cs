namespace Minutes.Search.Indexing;

/// <summary>A meeting as the index keeps it: for listing, for serving whole, and where it came from.</summary>
/// <param name="Json">The meeting as <see cref="Minutes.Core.MeetingJson"/> wrote it when the file was indexed.</param>
/// <param name="Path">Full path of the source file.</param>
public sealed record IndexedMeeting(MeetingSummary Summary, string Json, string Path);
