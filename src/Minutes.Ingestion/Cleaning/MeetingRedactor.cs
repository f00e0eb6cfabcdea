using Minutes.Core;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// The cleaning a meeting read from a publication feed still needs: CPR numbers redacted in every text it
/// carries (titles, item text, sections, decisions, attachment names, people), exactly as
/// <see cref="TextCleaner"/> redacts the lines of a document. A feed's text is published HTML, not extracted
/// page text, so the rest of the cleaning (furniture, hyphenation, OCR repair) has nothing to do.
/// </summary>
public static class MeetingRedactor
{
    public static Meeting Redact(Meeting meeting) => meeting with
    {
        Title = CprRedactor.Redact(meeting.Title),
        Place = Optional(meeting.Place),
        Participants = meeting.Participants.Select(Person).ToList(),
        Absent = meeting.Absent.Select(Person).ToList(),
        Items = meeting.Items.Select(Item).ToList(),
    };

    private static AgendaItem Item(AgendaItem item) => item with
    {
        Title = CprRedactor.Redact(item.Title),
        Text = CprRedactor.Redact(item.Text),
        OriginalText = Optional(item.OriginalText),
        Sections = item.Sections.Select(s => s with { Text = CprRedactor.Redact(s.Text) }).ToList(),
        Decisions = item.Decisions.Select(d => d with { Text = CprRedactor.Redact(d.Text), Context = Optional(d.Context) }).ToList(),
        Attachments = item.Attachments.Select(CprRedactor.Redact).ToList(),
    };

    private static Person Person(Person person) => person with { Name = CprRedactor.Redact(person.Name) };

    private static string? Optional(string? text) => text is null ? null : CprRedactor.Redact(text);
}
