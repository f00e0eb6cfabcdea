using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Cli.Bench;

/// <summary>
/// The real pieces the corpus generator recombines, taken from the parsed sample minutes: agenda item
/// titles, body paragraphs (hard-wrapped lines joined back into sentences), decisions, the people named
/// in the headers and the years the samples were written in.
/// </summary>
internal sealed partial class SampleMaterial
{
    private SampleMaterial(List<string> titles, List<string> paragraphs, List<string> decisions, List<string> names)
    {
        Titles = titles;
        Paragraphs = paragraphs;
        Decisions = decisions;
        Names = names;
    }

    public IReadOnlyList<string> Titles { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<string> Decisions { get; }

    /// <summary>People named in the samples' headers, longest first, so they can be swapped for generated people.</summary>
    public IReadOnlyList<string> Names { get; }

    public static SampleMaterial From(IEnumerable<Meeting> meetings)
    {
        var titles = new SortedSet<string>(StringComparer.Ordinal);
        var paragraphs = new SortedSet<string>(StringComparer.Ordinal);
        var decisions = new SortedSet<string>(StringComparer.Ordinal);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            foreach (var person in meeting.Participants.Concat(meeting.Absent))
            {
                if (person.Name.Contains(' ') && person.Name.Length < 40)
                {
                    names.Add(person.Name.Trim());
                }
            }

            foreach (var item in meeting.Items)
            {
                if (item.Title.Length is >= 4 and <= 90 && char.IsUpper(item.Title[0]))
                {
                    titles.Add(Tidy(item.Title));
                }

                foreach (var decision in item.Decisions)
                {
                    if (decision.Text.Length is >= 20 and <= 400)
                    {
                        decisions.Add(Tidy(decision.Text));
                    }
                }

                foreach (var paragraph in Join(item.Text))
                {
                    paragraphs.Add(paragraph);
                }
            }
        }

        return new SampleMaterial(
            [.. titles], [.. paragraphs], [.. decisions],
            [.. names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Joins an item's wrapped lines back into paragraphs: a line that does not end a sentence continues
    /// on the next non-blank line. Lines that would read as a new agenda item or a time slot, bullets,
    /// bare links and section headings are left out, so a generated item never starts another by accident.
    /// </summary>
    private static IEnumerable<string> Join(string text)
    {
        var current = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            current.Add(line);
            if (line.EndsWith('.') || line.EndsWith('!') || line.EndsWith('?') || line.EndsWith(')'))
            {
                if (Keep(string.Join(' ', current)) is { } paragraph)
                {
                    yield return paragraph;
                }

                current.Clear();
            }
        }

        if (Keep(string.Join(' ', current)) is { } last)
        {
            yield return last;
        }
    }

    private static string? Keep(string paragraph)
    {
        paragraph = Tidy(paragraph);
        return paragraph.Length >= 60 && paragraph.Length <= 1500 && !Unsafe().IsMatch(paragraph) && !paragraph.Contains("http", StringComparison.Ordinal)
            ? paragraph
            : null;
    }

    private static string Tidy(string text) => Spaces().Replace(Regex.Replace(text, "<[^>]+>", " "), " ").Trim();

    [GeneratedRegex(@"^(\d{1,2}([.):]|\s)|[-–•▪●◦*➢➤o]\s|[a-z]\)|kl\.?\s*\d|(Beslutningstema|Beslutning|Baggrund|Indstilling|Bilag|Konklusion|Aftale)\b|PAUSE)", RegexOptions.IgnoreCase)]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
