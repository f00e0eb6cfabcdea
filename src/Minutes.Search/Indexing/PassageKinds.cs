namespace Minutes.Search.Indexing;

/// <summary>The values of <see cref="IndexFields.Kind"/>.</summary>
public static class PassageKinds
{
    /// <summary>An agenda item (title and text), or one window of a long item.</summary>
    public const string Item = "item";

    /// <summary>One decision or agreement of an item.</summary>
    public const string Decision = "decision";

    /// <summary>The meeting header: title, body, date, place, participants, minute-taker.</summary>
    public const string Meeting = "meeting";

    public static IReadOnlyList<string> All { get; } = [Item, Decision, Meeting];
}
