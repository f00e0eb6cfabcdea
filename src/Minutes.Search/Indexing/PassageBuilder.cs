using System.Text;
using Minutes.Core;

namespace Minutes.Search.Indexing;

/// <summary>
/// Cuts a meeting into passages: a header, one passage per agenda item and one with the item's decisions.
/// An item longer than <see cref="MaxItemChars"/> becomes several windows (by section when the parser
/// found sections, else by paragraph) that keep the item's id and title, because a reader (and the
/// eval) only looks at the first 2,000 characters of a hit.
/// </summary>
internal static class PassageBuilder
{
    /// <summary>Items up to this length stay one passage.</summary>
    public const int MaxItemChars = 1_800;

    /// <summary>Longest decision text repeated at the start of a long item's first window.</summary>
    public const int MaxDecisionSummaryChars = 500;

    /// <summary>Longest run of the document's own header lines kept in the meeting header passage.</summary>
    public const int MaxHeaderChars = 1_200;

    /// <summary>Target window length when a long item is split.</summary>
    public const int WindowChars = 1_400;

    public static IReadOnlyList<Passage> Build(Meeting meeting)
    {
        var passages = new List<Passage> { Header(meeting) };
        foreach (var item in meeting.Items)
        {
            var decisions = item.Decisions.Count == 0 ? null : string.Join("\n", item.Decisions.Select(d => d.Text));
            var windows = Windows(item);
            var summary = DecisionSummary(item, windows.Count);
            for (var w = 0; w < windows.Count; w++)
            {
                var id = windows.Count == 1 ? $"{item.Id}:item" : $"{item.Id}:item:{w + 1}";
                var lead = w == 0 && StartsWithDecisions(item) ? "" : summary;
                var text = ItemHeading(item) + "\n" + lead + windows[w];
                passages.Add(new Passage(id, PassageKinds.Item, item.Title, text.Trim(), decisions, item, item.Page));
            }

            var groups = DecisionGroups(item.Decisions);
            for (var g = 0; g < groups.Count; g++)
            {
                passages.Add(new Passage(
                    $"{item.Id}:decision:{g + 1}", PassageKinds.Decision, item.Title,
                    string.Join("\n", groups[g].Select(d => d.Text.Trim())), null, item, groups[g][0].Page,
                    Context(groups[g])));
            }
        }

        return passages;
    }

    /// <summary>
    /// An item's decisions, together: what was decided about one matter reads as one statement
    /// ("Netværket bakkede op om ..." and "Næste step er ..."), and a reported decision quoted from the
    /// background never outranks the outcome beside it. Only a very long run is cut, between decisions.
    /// </summary>
    private static List<List<Decision>> DecisionGroups(IReadOnlyList<Decision> decisions)
    {
        var groups = new List<List<Decision>>();
        var length = 0;
        foreach (var decision in decisions)
        {
            if (groups.Count == 0 || length + decision.Text.Length > MaxItemChars)
            {
                groups.Add([]);
                length = 0;
            }

            groups[^1].Add(decision);
            length += decision.Text.Length + 1;
        }

        return groups;
    }

    /// <summary>
    /// Every window of a long item starts with what was decided (cut after <see cref="MaxDecisionSummaryChars"/>):
    /// the outcome usually stands windows away from the text that matched, and one hit per item shows the
    /// window that matched best, so its reader (and the eval, which reads a hit's first 2,000 characters)
    /// sees the decision without opening the rest.
    /// </summary>
    private static string DecisionSummary(AgendaItem item, int windowCount)
    {
        var decisions = string.Join("\n", item.Decisions.Select(d => d.Text.Trim()));
        if (windowCount == 1 || decisions.Length == 0)
        {
            return "";
        }

        if (decisions.Length > MaxDecisionSummaryChars)
        {
            var cut = decisions.LastIndexOf(' ', MaxDecisionSummaryChars);
            decisions = decisions[..(cut > 0 ? cut : MaxDecisionSummaryChars)] + " …";
        }

        return "Beslutning: " + decisions + "\n\n";
    }

    /// <summary>Whether the item's text opens with its decisions (FirstAgenda puts the Beslutning section first): then its first window needs no summary.</summary>
    private static bool StartsWithDecisions(AgendaItem item)
    {
        if (item.Decisions.Count == 0)
        {
            return false;
        }

        var first = item.Decisions[0].Text.Trim();
        var at = item.Text.IndexOf(first[..Math.Min(first.Length, 60)], StringComparison.Ordinal);
        return at is >= 0 and < 200;
    }

    private static string? Context(IEnumerable<Decision> decisions)
    {
        var contexts = decisions.Select(d => d.Context).OfType<string>().Distinct().ToList();
        return contexts.Count == 0 ? null : string.Join("\n", contexts);
    }

    private static string ItemHeading(AgendaItem item) =>
        string.IsNullOrWhiteSpace(item.Number) ? item.Title : $"{item.Number.TrimEnd('.', ')')}. {item.Title}";

    private static Passage Header(Meeting meeting)
    {
        var text = new StringBuilder(meeting.Title).Append('\n');
        if (!string.IsNullOrWhiteSpace(meeting.HeaderText))
        {
            // The document's own header lines first ("Mødested: Byrådssalen"), then what the parser read from them.
            var lines = meeting.HeaderText.Trim();
            text.Append(lines.Length <= MaxHeaderChars ? lines : lines[..MaxHeaderChars] + " …").Append("\n\n");
        }

        AppendLine(text, "Organ", meeting.Body);
        AppendLine(text, "Dato", meeting.Date?.ToString("d. MMMM yyyy", DanishCulture.Info));
        AppendLine(text, "Tid", meeting.Time);
        AppendLine(text, "Sted", meeting.Place);
        AppendLine(text, "Deltagere", People(meeting.Participants));
        AppendLine(text, "Afbud", People(meeting.Absent));
        AppendLine(text, "Referent", meeting.MinuteTaker);
        if (meeting.Items.Count > 0)
        {
            AppendLine(text, "Dagsorden", string.Join("; ", meeting.Items.Select(ItemHeading)));
        }

        return new Passage($"{meeting.Id}:meeting", PassageKinds.Meeting, meeting.Title, text.ToString().Trim(), null, null, 1);
    }

    private static void AppendLine(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(label).Append(": ").Append(value.Trim()).Append('\n');
        }
    }

    private static string? People(IReadOnlyList<Person> people) =>
        people.Count == 0
            ? null
            : string.Join(", ", people.Select(p => p.Municipality is null ? p.Name : $"{p.Name} ({p.Municipality})"));

    /// <summary>The item's text as one or more windows of at most about <see cref="WindowChars"/>.</summary>
    internal static IReadOnlyList<string> Windows(AgendaItem item)
    {
        if (item.Text.Length <= MaxItemChars)
        {
            return [item.Text];
        }

        var blocks = item.Sections.Count > 1
            ? item.Sections.Select(s => string.IsNullOrWhiteSpace(s.Name) ? s.Text : s.Name + ":\n" + s.Text)
            : Paragraphs(item.Text);
        return Pack(blocks.SelectMany(SplitOversized).ToList());
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A block longer than a window is cut at line ends, or at spaces when a line is too long.</summary>
    private static IEnumerable<string> SplitOversized(string block)
    {
        if (block.Length <= WindowChars)
        {
            yield return block;
            yield break;
        }

        var current = new StringBuilder();
        foreach (var line in block.Split('\n'))
        {
            foreach (var piece in CutLine(line))
            {
                if (current.Length > 0 && current.Length + piece.Length + 1 > WindowChars)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                current.Append(piece).Append('\n');
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static IEnumerable<string> CutLine(string line)
    {
        var rest = line;
        while (rest.Length > WindowChars)
        {
            var cut = rest.LastIndexOf(' ', WindowChars);
            cut = cut <= 0 ? WindowChars : cut;
            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }

        yield return rest;
    }

    /// <summary>
    /// Packs blocks into windows; the last block of a window (when short) is repeated at the start of the
    /// next, so a sentence on a boundary is whole in at least one window.
    /// </summary>
    private static IReadOnlyList<string> Pack(IReadOnlyList<string> blocks)
    {
        var windows = new List<string>();
        var current = new List<string>();
        var length = 0;
        foreach (var block in blocks)
        {
            if (current.Count > 0 && length + block.Length > WindowChars)
            {
                windows.Add(string.Join("\n\n", current));
                var carry = current[^1];
                current.Clear();
                length = 0;
                if (carry.Length < 400 && carry.Length + block.Length <= WindowChars)
                {
                    current.Add(carry);
                    length = carry.Length;
                }
            }

            current.Add(block);
            length += block.Length + 2;
        }

        if (current.Count > 0)
        {
            windows.Add(string.Join("\n\n", current));
        }

        return windows;
    }
}
