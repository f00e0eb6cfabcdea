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
        if (Attribute().IsMatch(rest))
        {
            // "3. Åben" / "Godkendelse af ...": open or closed is an attribute of the item, its title comes after.
            rest = "";
        }

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

        if (rest.Length > 0 && CaseNumberBelow(lines, start, end) is var caseLine and > 0)
        {
            // "Punkt 2: Svar på forslag ... Havnens" / "Perles fremtid på Aarhus Ø" / "EMN-2025-003383": the
            // heading runs to the case-number line, which is the item's metadata and stays in its text.
            var words = string.Join(" ", Enumerable.Range(start + 1, caseLine - start - 1).Select(j => lines[j].Text.Trim()).Where(l => l.Length > 0));
            var joined = words.Length == 0 ? rest : rest.EndsWith('-') && char.IsLower(words[0]) ? rest + words : rest + " " + words;
            return (Tidy(joined), "", caseLine - start - 1);
        }

        if (overview is not null && rest.Length < overview.Length && Key(overview).StartsWith(Key(rest), StringComparison.Ordinal))
        {
            // The contents give the whole title; follow the heading's wrapped lines as far as they spell it.
            var (t, used) = Spelled(lines, start, end, rest, Key(overview));
            if (used > 0)
            {
                return (Tidy(t), "", used);
            }
        }

        if (rest.Length == 0)
        {
            // A time slot or a number alone: the title is the next paragraph of short lines.
            var first = NextNonBlank(lines, start, end);
            if (first < 0)
            {
                return ("", "", 0);
            }

            if (Attribute().IsMatch(lines[first].Text.Trim()))
            {
                first = NextNonBlank(lines, first, end);
                if (first < 0)
                {
                    return ("", "", 0);
                }
            }

            var (t, used) = Wrapped(lines, first, end, Tidy(lines[first].Text), maxWords: 16);
            return (Tidy(t), "", first - start + used);
        }

        if (rest.Length <= ColumnWidth + 8 || rest.EndsWith('-') || rest.EndsWith('–'))
        {
            var (t, used) = Wrapped(lines, start, end, rest, maxWords: 20);
            return (Tidy(t), "", used);
        }

        if (!EndsSentence(rest) && !TitleEnd().IsMatch(rest) && NextNonBlank(lines, start, end) is var tail and > 0 && tail <= start + 2)
        {
            // "... og arbejdsgruppen om rekruttering" / "af plejefamilier", "... Coronakrisen" / "(udsat fra 15/5)":
            // a long heading wrapped once, its last words alone on a short line before a blank line or a section.
            var line = lines[tail].Text.Trim();
            var bracketed = line[0] == '(' && line.EndsWith(')');
            if (line.Length <= ColumnWidth && (char.IsLower(line[0]) || bracketed) && !DanishHeadings.IsBullet(line) && !EndsSentence(line)
                && (tail + 1 >= end || lines[tail + 1].IsBlank || SectionSplitter.RestOfHeading(lines[tail + 1].Text) is not null) && rest.Length <= 110)
            {
                return (Tidy(rest + " " + line), "", tail - start);
            }
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
            if (!gap && title.Count(c => c == '(') > title.Count(c => c == ')') && line.Length <= 2 * ColumnWidth && !IsCaseNumber(line))
            {
                // "Nyt fra Rammesekretariatet (bilag" / "4) v. Povl Skov": a bracket left open is a title cut mid-phrase.
                title = title + " " + line;
                last = j;
                used = j - from;
                continue;
            }

            var shortTail = gap && j == from + 2 && line.Split(' ').Length <= 2 && !EndsSentence(line) && !EndsSentence(previous)
                && (j + 1 >= end || lines[j + 1].IsBlank);
            var continues = line.Length <= ColumnWidth && !DanishHeadings.IsBullet(line) && !IsCaseNumber(line) && SectionSplitter.RestOfHeading(line) is null && !line.EndsWith(':') && !Url().IsMatch(line)
                && (char.IsLower(line[0]) || char.IsDigit(line[0]) || EndsWithConnector(previous)
                    || (!gap && !EndsSentence(previous)) || (gap && previous.Split(' ').Length <= 2 && j == from + 2) || shortTail);
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

    /// <summary>The line of a case number ("EMN-2025-003383", "21-014439", "Sagsnr.: 25/23642") within three lines below the start, or -1.</summary>
    private static int CaseNumberBelow(IReadOnlyList<CleanLine> lines, int start, int end)
    {
        for (var j = start + 1; j < end && j <= start + 4; j++)
        {
            var line = lines[j].Text.Trim();
            if (CaseNumber().IsMatch(line))
            {
                return j;
            }

            if (line.Length == 0 && j + 1 < end && CaseNumber().IsMatch(lines[j + 1].Text.Trim()))
            {
                // A blank line a layout put between the heading and its case number.
                continue;
            }

            if (line.Length == 0 || line.Length > 120 || SectionLike().IsMatch(line))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True for a line that is only a case number: item metadata, never a title or the start of the text.</summary>
    public static bool IsCaseNumber(string line) => CaseNumber().IsMatch(line.Trim());

    private static (string Title, int Used) Spelled(IReadOnlyList<CleanLine> lines, int start, int end, string title, string whole)
    {
        var used = 0;
        for (var j = start + 1; j < end && j <= start + 4; j++)
        {
            var line = lines[j].Text.Trim();
            if (line.Length == 0 || IsCaseNumber(line))
            {
                break;
            }

            var longer = title.EndsWith('-') && char.IsLower(line[0]) ? title + line : title + " " + line;
            var key = Key(longer);
            if (!(whole.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(whole, StringComparison.Ordinal)))
            {
                break;
            }

            title = longer;
            used = j - start;
            if (key.Length >= whole.Length)
            {
                break;
            }
        }

        return (title, used);
    }

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

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

    private static string Tidy(string title) =>
        Spaces().Replace(Presenter().Replace(title.Replace('\t', ' '), ""), " ").Trim(' ', '|', '-', '–', ':', ',');

    // "Kort status på netværksmøderne i 2025, v. Stine Gran": who presents the item is not its title.
    [GeneratedRegex(@",?\s+v\.\s+\p{Lu}.*$")]
    private static partial Regex Presenter();

    // "Velkommen mv. Christel ...": the title ends at a full stop before a capital, or after one word
    // when the next begins a sentence ("Kommunerunde En runde ...").
    [GeneratedRegex(@"(?<=\.)\s+(?=\p{Lu})|(?<=^\p{L}+)\s+(?=\p{Lu}\p{Ll})")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\b(fra|til|og|i|af|om|for|med|på|ved|under|mellem|samt)\s*$|[-–,]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^(https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^((sagsnr|sags nr|journalnr|j\.\s?nr)\.?[^:]{0,20}:\s*)?(EMN-\d{4}-\d+|\d{2}-\d{4,8}|\d{2}/\d{3,6}|\d{2}\.\d{2}\.\d{2}-[A-ZØÆÅ]\d{2}-\d+-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"^(beslutning|beslutninger|indstilling|sagsfremstilling|resumé|resume|baggrund)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionLike();

    [GeneratedRegex(@"^(åben|åbent|lukket|lukket punkt|åbent punkt|åben sag|lukket sag)\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
