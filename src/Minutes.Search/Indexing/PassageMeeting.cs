namespace Minutes.Search.Indexing;

/// <summary>The meeting a passage belongs to.</summary>
public sealed record PassageMeeting(string Id, string Title, string? Body, DateOnly? Date);
