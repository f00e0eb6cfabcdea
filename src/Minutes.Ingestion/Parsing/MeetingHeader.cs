using Minutes.Core;

namespace Minutes.Ingestion.Parsing;

/// <summary>What the lines above the first agenda item say about the meeting.</summary>
internal sealed record MeetingHeader(
    string Title,
    string? Body,
    DateOnly? Date,
    string? Time,
    string? Place,
    IReadOnlyList<Person> Participants,
    IReadOnlyList<Person> Absent,
    string? MinuteTaker);
