namespace Minutes.Search.Indexing;

/// <summary>The agenda item a passage belongs to; absent for meeting header passages.</summary>
public sealed record PassageItem(string Id, string? Number, string Title);
