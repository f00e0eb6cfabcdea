using System.Text.RegularExpressions;
using Minutes.Core;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Turns a cleaned document into one <see cref="Meeting"/>: the header above the first agenda item,
/// then each item with its title, text, first page, sections and decisions.
/// </summary>
public sealed partial class MinutesParser
{
    public Meeting Parse(DocumentText document, CleanedText cleaned)
    {
        var lines = cleaned.Lines;
        var starts = ItemStartFinder.Find(lines, out var overviewTitles);
        var headerEnd = starts.Count > 0 ? starts[0].Line : Math.Min(lines.Count, 30);
        var header = HeaderParser.Parse(lines.Take(headerEnd).Select(l => l.Text).ToList(), cleaned.Text, document.Source.File);
        var meetingId = MeetingId(document.Source);

        var items = new List<AgendaItem>();
        for (var k = 0; k < starts.Count; k++)
        {
            var start = starts[k];
            var end = k + 1 < starts.Count ? starts[k + 1].Line : lines.Count;
            items.Add(BuildItem(meetingId, lines, start, end, overviewTitles));
        }

        return new Meeting
        {
            Id = meetingId,
            Title = header.Title,
            Body = header.Body,
            Date = header.Date,
            Time = header.Time,
            Place = header.Place,
            Participants = header.Participants.Count > 0 ? header.Participants : Presenters.Find(lines, header.Absent),
            Absent = header.Absent,
            MinuteTaker = header.MinuteTaker,
            HeaderText = string.Join("\n", lines.Take(headerEnd).Select(l => l.Text).Where(l => !string.IsNullOrWhiteSpace(l))),
            Source = document.Source,
            Items = items,
        };
    }

    private static AgendaItem BuildItem(string meetingId, IReadOnlyList<CleanLine> lines, ItemStart start, int end, IReadOnlyList<string> overviewTitles)
    {
        var (title, firstText, extra) = ItemTitle.Read(lines, start.Line, end, start.Rest, overviewTitles, start.Ordinal);
        var bodyLines = new List<string>();
        var originalLines = new List<string>();
        var pages = new List<int>();
        if (firstText.Length > 0)
        {
            bodyLines.Add(firstText);
            originalLines.Add(firstText);
            pages.Add(lines[start.Line].Page);
        }

        for (var i = start.Line + 1 + extra; i < end; i++)
        {
            bodyLines.Add(lines[i].Text);
            originalLines.Add(lines[i].Original);
            pages.Add(lines[i].Page);
        }

        var (sections, sectionOfLine) = SectionSplitter.Split(bodyLines);
        var text = JoinLines(bodyLines);
        var original = JoinLines(originalLines);
        return new AgendaItem
        {
            Id = $"{meetingId}-{start.Ordinal}",
            Number = start.Number,
            // No title written: the text's first words, not "Punkt 1" (shown after its number as "1. Punkt 1").
            Title = title.Length > 0 ? title : FirstWords(text, start.Ordinal),
            Page = lines[start.Line].Page,
            Text = text,
            OriginalText = original == text ? null : original,
            Sections = sections,
            Decisions = DecisionFinder.Find(bodyLines, pages, sectionOfLine),
        };
    }

    private static string JoinLines(IEnumerable<string> lines) => BlankRuns().Replace(string.Join("\n", lines), "\n\n").Trim();

    [GeneratedRegex(@"\n\s*\n(\s*\n)+")]
    private static partial Regex BlankRuns();

    private static string FirstWords(string text, int ordinal)
    {
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        return words.Count == 0 ? $"Punkt {ordinal}" : string.Join(' ', words) + (words.Count == 8 ? " …" : "");
    }

    /// <summary>See <see cref="MeetingIds.For"/>.</summary>
    internal static string MeetingId(SourceDocument source) => MeetingIds.For(source);
}
