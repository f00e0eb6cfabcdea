namespace Minutes.Search.Indexing;

/// <summary>What <see cref="MinutesIndex"/> found when it opened its folder.</summary>
public enum IndexOpenOutcome
{
    /// <summary>An index of the current schema and analyzer was opened as is.</summary>
    Opened,

    /// <summary>There was no index; an empty one was created.</summary>
    Created,

    /// <summary>The index was of another schema or analyzer, or unreadable; it was replaced by an empty one.</summary>
    Rebuilt,
}
