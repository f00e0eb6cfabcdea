using System.Text.Json.Serialization;

namespace Minutes.Core;

/// <summary>
/// One agenda item. <see cref="Number"/> is as written ("6", "2.", "1)") and null for time-slot
/// agendas that number nothing.
/// </summary>
public sealed record AgendaItem
{
    /// <summary>Stable: the meeting id plus the item's position.</summary>
    public required string Id { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    /// <summary>1-based page where the item starts.</summary>
    public int Page { get; init; } = 1;
    /// <summary>The item's whole text, cleaned, without its number and title line.</summary>
    public required string Text { get; init; }
    /// <summary>The text as read, before OCR repair; null when repair changed nothing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginalText { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
    /// <summary>The case (journal) number the item is filed under, as published, e.g. "21-014420"; null when none is given.</summary>
    public string? CaseNumber { get; init; }
    /// <summary>True for an item dealt with behind closed doors ("Lukket punkt", a caption "Lukket: ...").</summary>
    public bool Closed { get; init; }
    /// <summary>The names of the item's attachments (bilag) as published; their content is not read.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
}
