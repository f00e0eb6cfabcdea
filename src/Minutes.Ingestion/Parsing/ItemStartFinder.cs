using System.Text.RegularExpressions;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Finds where agenda items begin. Numbered agendas ("1)", "2.", "3 Title") are read as one run
/// 1, 2, 3, ... in order: a list that restarts at 1 inside an item is a nested list and is skipped
/// for as long as it keeps counting, and a restart whose first title repeats item 1's title means
/// the run so far was the agenda overview, so the items start again there. Agendas laid out by time
/// slot ("10:00-10:10", "11:40 - 12:00") have one item per slot, and pauses are not items.
/// </summary>
internal static partial class ItemStartFinder
{
    public static IReadOnlyList<ItemStart> Find(IReadOnlyList<CleanLine> lines, out IReadOnlyList<string> overviewTitles)
    {
        var numbered = FindNumbered(lines, out overviewTitles);
        var slots = FindTimeSlots(lines);
        return slots.Count >= 3 && slots.Count > numbered.Count ? slots : numbered;
    }

    private static List<ItemStart> FindNumbered(IReadOnlyList<CleanLine> lines, out IReadOnlyList<string> overviewTitles)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TableOfContents.IsEntry(lines, i))
            {
                // A contents line ("1. Godkendelse ........ 3") names an item; the item itself comes later.
                continue;
            }

            var match = NumberedLine().Match(lines[i].Text);
            if (match.Success && !IsDateLike(match))
            {
                var written = match.Groups["num"].Value.Trim();
                var mark = written[^1] is '.' or ')' or ':' ? written[^1] : ' ';
                var prefixed = match.Groups["prefix"].Success;
                // "Punkt 3:" is written as its number; the word and the colon are layout.
                var number = prefixed ? match.Groups["n"].Value : written;
                candidates.Add(new Candidate(i, int.Parse(match.Groups["n"].Value), number, (prefixed ? "punkt" : "") + mark, match.Groups["rest"].Value));
            }
        }

        // Items are written one way throughout ("Punkt 1:" ... "Punkt 21:", or "1." ... "9."); a numbered list
        // inside an item is written another way or restarts at 1. Each way of writing is chained on its own and
        // the longest run wins, the first way written on a tie.
        var best = new List<ItemStart>();
        overviewTitles = [];
        foreach (var style in candidates.Select(c => c.Style).Distinct())
        {
            var ofStyle = candidates.Where(c => c.Style == style).ToList();
            // A nested list that keeps counting can shadow the next item ("1) 2) 3)" inside item 2, then
            // "3) Årshjul"); reading it as nested is right unless that loses items, so both readings run.
            var nestedAware = Chain(ofStyle, skipNested: true, out var overviewA);
            var naive = Chain(ofStyle, skipNested: false, out var overviewB);
            // The plain reading only rescues an item or two a nested list shadowed; when it finds many more, it
            // is counting the nested list itself (a table of 53 proposals inside item 5 of 33).
            var chain = naive.Count > nestedAware.Count && naive.Count <= nestedAware.Count + 2 ? naive : nestedAware;
            if (chain.Count > best.Count)
            {
                best = chain;
                overviewTitles = chain == naive ? overviewB : overviewA;
            }
        }

        if (overviewTitles.Count == 0)
        {
            overviewTitles = TableOfContents.Titles(lines);
        }

        return best;
    }

    private static List<ItemStart> Chain(List<Candidate> candidates, bool skipNested, out IReadOnlyList<string> overviewTitles)
    {
        overviewTitles = [];
        var items = new List<ItemStart>();
        var expected = 1;
        int? nestedNext = null;
        foreach (var c in candidates)
        {
            if (skipNested && nestedNext == c.Value)
            {
                nestedNext++;
                continue;
            }

            if (c.Value == expected)
            {
                items.Add(new ItemStart(c.Line, c.Written, items.Count + 1, c.Rest));
                expected++;
                nestedNext = null;
                continue;
            }

            if (c.Value == 1 && items.Count > 0)
            {
                if (items.Count >= 2 && SameTitle(items[0].Rest, c.Rest))
                {
                    // The run so far was the agenda overview at the top; the real items start here.
                    overviewTitles = items.Select(i => i.Rest).ToList();
                    items.Clear();
                    items.Add(new ItemStart(c.Line, c.Written, 1, c.Rest));
                    expected = 2;
                    nestedNext = null;
                    continue;
                }

                nestedNext = 2;
            }
        }

        return items;
    }

    private sealed record Candidate(int Line, int Value, string Written, string Style, string Rest);

    private static List<ItemStart> FindTimeSlots(IReadOnlyList<CleanLine> lines)
    {
        var slots = new List<ItemStart>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = TimeSlot().Match(lines[i].Text);
            if (!match.Success)
            {
                continue;
            }

            var rest = match.Groups["rest"].Value.Trim();
            var firstText = rest.Length > 0 ? rest : NextText(lines, i);
            if (Pause().IsMatch(firstText))
            {
                continue;
            }

            slots.Add(new ItemStart(i, null, slots.Count + 1, rest));
        }

        return slots;
    }

    private static string NextText(IReadOnlyList<CleanLine> lines, int from)
    {
        for (var j = from + 1; j < lines.Count && j <= from + 3; j++)
        {
            if (!lines[j].IsBlank)
            {
                return lines[j].Text.Trim();
            }
        }

        return "";
    }

    private static bool SameTitle(string a, string b)
    {
        static string Key(string s) => new(s.Where(char.IsLetterOrDigit).Take(16).Select(char.ToLowerInvariant).ToArray());
        var ka = Key(a);
        var kb = Key(b);
        return ka.Length >= 6 && kb.Length >= 6 && (ka.StartsWith(kb[..Math.Min(10, kb.Length)], StringComparison.Ordinal)
            || kb.StartsWith(ka[..Math.Min(10, ka.Length)], StringComparison.Ordinal));
    }

    // "2. juni: Skole-dagbehandling" is a date in a list, not item 2.
    private static bool IsDateLike(Match match) =>
        match.Groups["num"].Value.EndsWith('.') && !match.Groups["prefix"].Success && DanishDates.MonthNumber(FirstWord(match.Groups["rest"].Value)) > 0
        && FirstWord(match.Groups["rest"].Value).Length >= 3 && char.IsLower(match.Groups["rest"].Value[0]);

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    [GeneratedRegex(@"^\s*(?<num>(?<prefix>(?:[Pp]unkt|[Pp]kt\.?)\s*)?(?<n>\d{1,2})(\.|\)|(?<=\d):|(?=\s+\p{Lu})|(?=\t)))\s*(?<rest>[\p{Lu}""”“'§«].*|\t.*)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\s*(kl\.?\s*)?(?<from>\d{1,2}[:.]\d{2})\s*[-–]\s*(?<to>\d{1,2}[:.]\d{2})\s*\|?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSlot();

    [GeneratedRegex(@"^(pause|frokost|kaffepause|frokostpause)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pause();
}
