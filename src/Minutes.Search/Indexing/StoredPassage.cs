namespace Minutes.Search.Indexing;

/// <summary>A passage as stored in the index, e.g. for showing a whole meeting.</summary>
/// <param name="Kind">"item", "decision" or "meeting".</param>
/// <param name="Text">The original text.</param>
public sealed record StoredPassage(
    string Id,
    string Kind,
    string Text,
    PassageMeeting Meeting,
    PassageItem? Item,
    PassageSource Source);
