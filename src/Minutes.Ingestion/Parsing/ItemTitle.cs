using System.Text.RegularExpressions;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Separates an item's title from its text. Layouts differ: a table cell before a tab
/// ("1. Velkommen mv.\tLisbet bød ..."), a narrow left column wrapped over several short lines
/// ("6. Drøfte fremtidig" / "målgruppe for" / "døgninstitutionen" / "Døgndiamanten"), or title and
/// text run together on one line ("1) Velkommen mv. Christel havde meldt sig ...").
/// </summary>
internal static partial class ItemTitle
{
    private const int ColumnWidth = 32;

    /// <summary>Returns the title and how many lines after the start line it used.</summary>
    public static (string Title, string TextOnStartLine, int ExtraLines) Read(
        IReadOnlyList<CleanLine> lines, int start, int end, string rest, IReadOnlyList<string> overviewTitles, int ordinal)
    {
        rest = rest.Trim();
        var tab = rest.IndexOf('\t');
        if (tab > 0)
        {
            return (Tidy(rest[..tab]), rest[(tab + 1)..].Trim(), 0);
        }

        var overview = ordinal <= overviewTitles.Count ? Tidy(overviewTitles[ordinal - 1]) : null;
        if (overview is not null && rest.StartsWith(overview[..Math.Min(overview.Length, 12)], StringComparison.OrdinalIgnoreCase)
            && rest.Length > overview.Length + 20)
        {
            return (overview, rest[Math.Min(overview.Length, rest.Length)..].Trim(), 0);
        }

        if (rest.Length == 0)
        {
            // A time slot or a number alone: the title is the next paragraph of short lines.
            var first = NextNonBlank(lines, start, end);
            if (first < 0)
            {
                return ("", "", 0);
            }

            var (t, used) = Wrapped(lines, first, end, Tidy(lines[first].Text), maxWords: 16);
            return (t, "", first - start + used);
        }

        if (rest.Length <= ColumnWidth + 8 || rest.EndsWith('-') || rest.EndsWith('–'))
        {
            var (t, used) = Wrapped(lines, start, end, rest, maxWords: 20);
            return (Tidy(t), "", used);
        }

        var split = TitleEnd().Match(rest);
        return split.Success && split.Index > 0 && split.Index <= 70
            ? (Tidy(rest[..split.Index]), rest[split.Index..].Trim(), 0)
            : rest.Length <= 150 ? (Tidy(rest), "", 0) : (Tidy(Truncate(rest)), rest, 0);
    }

    /// <summary>Follows a title wrapped in a narrow column over the next short lines.</summary>
    private static (string Title, int Used) Wrapped(IReadOnlyList<CleanLine> lines, int from, int end, string title, int maxWords)
    {
        var used = 0;
        var last = from;
        for (var j = from + 1; j < end && j <= from + 12; j++)
        {
            var line = lines[j].Text.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var gap = j - last > 1;
            var previous = lines[last].Text.Trim();
            var continues = line.Length <= ColumnWidth && !DanishHeadings.IsBullet(line) && !line.EndsWith(':') && !Url().IsMatch(line)
                && (char.IsLower(line[0]) || char.IsDigit(line[0]) || EndsWithConnector(previous)
                    || (!gap && !EndsSentence(previous)) || (gap && previous.Split(' ').Length <= 2 && j == from + 2));
            if (!continues || title.Split(' ').Length >= maxWords)
            {
                break;
            }

            title = title.EndsWith('-') && char.IsLower(line[0]) ? title[..^1] + line : title + " " + line;
            last = j;
            used = j - from;
        }

        return (title, used);
    }

    private static int NextNonBlank(IReadOnlyList<CleanLine> lines, int start, int end)
    {
        for (var j = start + 1; j < end && j <= start + 4; j++)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool EndsWithConnector(string line) => Connector().IsMatch(line);

    private static bool EndsSentence(string line) => line.EndsWith('.') && !line.EndsWith("mv.") || line.EndsWith('!') || line.EndsWith('?');

    private static string Truncate(string text) => text.Length <= 90 ? text : text[..text.LastIndexOf(' ', 90)] + " …";

    private static string Tidy(string title) => Spaces().Replace(title.Replace('\t', ' '), " ").Trim(' ', '|', '-', '–', ':');

    // "Velkommen mv. Christel ...": the title ends at a full stop before a capital, or after one word
    // when the next begins a sentence ("Kommunerunde En runde ...").
    [GeneratedRegex(@"(?<=\.)\s+(?=\p{Lu})|(?<=^\p{L}+)\s+(?=\p{Lu}\p{Ll})")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\b(fra|til|og|i|af|om|for|med|på|ved|under|mellem|samt)\s*$|[-–,]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^(https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
