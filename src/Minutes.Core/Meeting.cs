namespace Minutes.Core;

/// <summary>
/// One meeting as read from one source document: the header (body, date, place, people) and its
/// agenda items. <see cref="Date"/> is the day the meeting was held, not the day the minutes were
/// written (an "Udkast til referat" dated 21 November can describe a meeting on 14 October).
/// </summary>
public sealed record Meeting
{
    /// <summary>Stable across runs: derived from the source file name and its content hash.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>The body that met, e.g. "Netværksgruppe Børn og Unge"; null when the text never names it.</summary>
    public string? Body { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>As written, e.g. "10.00-12.00".</summary>
    public string? Time { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<Person> Participants { get; init; } = [];
    public IReadOnlyList<Person> Absent { get; init; } = [];
    public string? MinuteTaker { get; init; }

    /// <summary>
    /// The lines above the first agenda item as the document has them ("Mødested: Byrådssalen", "Referent:
    /// Rie Nielsen"): the meeting header passage holds them, so a question about who attended or where
    /// the meeting was finds the document's own words. Null when the reader has no such lines (FirstAgenda
    /// JSON). Not part of the meeting's JSON: it only feeds the index.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? HeaderText { get; init; }
    public required SourceDocument Source { get; init; }
    public IReadOnlyList<AgendaItem> Items { get; init; } = [];
}
