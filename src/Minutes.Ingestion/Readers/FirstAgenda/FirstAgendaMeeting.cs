using System.Globalization;
using System.Text.Json;
using Minutes.Core;
using static Minutes.Ingestion.Readers.FirstAgenda.FirstAgendaJson;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// Builds the <see cref="Meeting"/> of a FirstAgenda publication:
/// <list type="bullet">
/// <item>body = <c>Udvalg.Navn</c> (a leading "." the portal sorts by is dropped); date and time = <c>Moede.MeetingBeginUtc</c>
/// (else <c>Dato</c>) in Danish local time, so a meeting at 00:30 is on its Danish day; place = <c>Sted</c>;</item>
/// <item>participants = <c>Moededeltagere</c> not marked <c>Absent</c>/<c>ParticipationCancelled</c> plus stand-ins; absent = those
/// marked, those who sent "Afbud: ..." in a decision, and those noted absent ("Fraværende: ...", "Ikke til stede: ...",
/// <c>ExternalAgendaItemAttendees</c>) from every item that records attendance;</item>
/// <item>items in <c>Sorting</c> order: number = <c>Number</c> (else <c>Punktnummer</c>) as published, title = <c>Caption</c>,
/// case number, closed when the caption says "Lukket" (<c>IsOpen</c> is false on every Greve item, open ones too),
/// sections from <see cref="FieldSections"/>, decisions from the Beslutning section by <see cref="DecisionLines"/>,
/// attachment names from <c>Bilag</c> (also listed as a last section "Bilag", so they are searched).</item>
/// </list>
/// </summary>
internal static class FirstAgendaMeeting
{
    /// <summary>The section listing the item's attachment names, last in its text.</summary>
    public const string AttachmentsSection = "Bilag";

    private static readonly TimeZoneInfo? Danish = FindDanishTimeZone();

    public static Meeting Build(JsonElement root, SourceDocument source, CancellationToken cancellationToken)
    {
        var meetingId = MeetingIds.For(source);
        var moede = Object(root, "Moede");
        var body = Value(Object(root, "Udvalg"), "Navn")?.TrimStart('.', ' ');
        var start = LocalTime(Value(moede, "MeetingBeginUtc") ?? Value(moede, "Dato"));
        var end = LocalTime(Value(moede, "MeetingEndUtc"));

        var items = new List<AgendaItem>();
        var attendance = new List<(IReadOnlyList<AttendanceNote> Notes, IReadOnlyList<string> Listed)>();
        var ordered = Objects(root, "Dagsordenpunkter")
            .Select((item, index) => (Item: item, Index: index))
            .OrderBy(x => Integer(x.Item, "Sorting") ?? int.MaxValue)
            .ThenBy(x => x.Index)
            .Select(x => x.Item);
        foreach (var element in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (item, notes) = BuildItem(element, MeetingIds.Item(meetingId, items.Count + 1));
            items.Add(item);
            var listed = Objects(element, "ExternalAgendaItemAttendees")
                .Where(a => Integer(a, "AttendanceType") == 2 || Value(a, "Reason") is "Fraværende" or "Afbud")
                .Select(a => Value(a, "Name")).OfType<string>().ToList();
            if (notes.Count > 0 || listed.Count > 0 || item.Decisions.Count > 0)
            {
                attendance.Add((notes, listed));
            }
        }

        var (participants, absent) = People(moede, attendance);
        return new Meeting
        {
            Id = meetingId,
            Title = Title(root, moede, body, start?.Date, items),
            Body = body,
            Date = start is { } s ? DateOnly.FromDateTime(s) : null,
            Time = start is { } t ? Clock(t) + (end is { } e && e > t ? "-" + Clock(e) : "") : null,
            Place = Value(moede, "Sted"),
            Participants = participants,
            Absent = absent,
            Source = source,
            Items = items,
        };
    }

    private static (AgendaItem Item, IReadOnlyList<AttendanceNote> Notes) BuildItem(JsonElement element, string id)
    {
        var caption = Value(element, "Caption") ?? Value(element, "Navn") ?? "";
        var closed = caption.StartsWith("Lukket", StringComparison.OrdinalIgnoreCase);
        var sections = new List<Section>();
        foreach (var field in Objects(element, "Felter"))
        {
            // A closed item publishes only its decision, without a heading.
            var untitled = Value(field, "Navn") ?? (closed ? FieldSections.Decision : "");
            sections.AddRange(FieldSections.Read(Value(field, "Html") ?? "", untitled));
        }

        var attachments = Objects(element, "Bilag").Select(b => Value(b, "Navn")).OfType<string>().ToList();
        if (attachments.Count > 0)
        {
            // The names are often all an item publishes ("Spørgsmål/svar vedr. Hundige Boldklubs kunstbane"): searchable text.
            sections.Add(new Section(AttachmentsSection, string.Join("\n", attachments)));
        }

        var indstilling = new IndstillingPoints(string.Join("\n", sections.Where(s => IsNamed(s, "Indstilling")).Select(s => s.Text)));
        var decisions = new List<Decision>();
        var notes = new List<AttendanceNote>();
        foreach (var section in sections.Where(s => IsNamed(s, FieldSections.Decision)))
        {
            var (found, attendance) = DecisionLines.Read(section.Text, indstilling);
            decisions.AddRange(found);
            notes.AddRange(attendance);
        }

        var item = new AgendaItem
        {
            Id = id,
            Number = Value(element, "Number") ?? Value(element, "Punktnummer"),
            Title = caption.Length > 0 ? caption : "Punkt " + (Value(element, "Number") ?? "uden nummer"),
            Text = string.Join("\n\n", sections.Select(s => s.Name.Length == 0 ? s.Text : s.Name + "\n" + s.Text)),
            Sections = sections,
            Decisions = decisions,
            CaseNumber = Value(element, "CaseNumber") ?? Value(element, "SagsNummer"),
            Closed = closed,
            Attachments = attachments,
        };
        return (item, notes);
    }

    private static bool IsNamed(Section section, string name) => section.Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static (IReadOnlyList<Person> Participants, IReadOnlyList<Person> Absent) People(
        JsonElement moede, IReadOnlyList<(IReadOnlyList<AttendanceNote> Notes, IReadOnlyList<string> Listed)> attendance)
    {
        var members = Objects(moede, "Moededeltagere")
            .Select(m => (Name: Value(m, "Name"), Away: Flag(m, "Absent") || Flag(m, "ParticipationCancelled")))
            .Where(m => m.Name is not null)
            .ToList();
        var absent = new List<string>(members.Where(m => m.Away).Select(m => m.Name!));
        absent.AddRange(attendance.SelectMany(a => a.Notes).Where(n => n.Cancelled).SelectMany(n => n.Absent));
        // Absent from one item is not absent from the meeting; absent from every item that records attendance is.
        var awayPerItem = attendance
            .Select(a => a.Notes.SelectMany(n => n.Absent).Concat(a.Listed).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (awayPerItem.Count > 0)
        {
            absent.AddRange(awayPerItem.Skip(1).Aggregate(new HashSet<string>(awayPerItem[0], StringComparer.OrdinalIgnoreCase), (all, next) =>
            {
                all.IntersectWith(next);
                return all;
            }));
        }

        var absentSet = absent.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var present = members.Select(m => m.Name!)
            .Concat(attendance.SelectMany(a => a.Notes).SelectMany(n => n.Substitutes))
            .Where(name => !absentSet.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return (present.Select(n => new Person(n, null)).ToList(),
            absent.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => new Person(n, null)).ToList());
    }

    private static string Title(JsonElement root, JsonElement moede, string? body, DateTime? date, IReadOnlyList<AgendaItem> items)
    {
        var supplementary = Flag(root, "TillaegsDagsorden") || Flag(moede, "IsSupplementaryAgenda");
        var kind = items.Any(i => i.Decisions.Count > 0) ? "Referat" : "Dagsorden";
        var name = Value(moede, "Navn");
        var extraordinary = name is not null && name.Contains("ekstraordinær", StringComparison.OrdinalIgnoreCase);
        var title = (supplementary ? "Tillægsdagsorden" : kind) + (extraordinary ? " (ekstraordinært møde)" : "");
        var parts = new[] { body, date?.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")) }.OfType<string>();
        return string.Join(" ", parts.Prepend(title + ":"));
    }

    /// <summary>The time in Danish local time: the feed's offsets are right, but a portal may also write UTC ("Z").</summary>
    private static DateTime? LocalTime(string? value)
    {
        if (value is null || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return null;
        }

        return Danish is null ? moment.DateTime : TimeZoneInfo.ConvertTime(moment, Danish).DateTime;
    }

    private static string Clock(DateTime time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo? FindDanishTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without time-zone data the offset the feed writes is used as it stands (it is Danish time on Greve's portal).
            return null;
        }
    }
}
