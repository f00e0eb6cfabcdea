using System.Text.RegularExpressions;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// A table of contents ("Godkendelse af dagsorden ........ 3", "1. Godkendelse af dagsordenen .... 2") is the
/// agenda in short: its lines are never items themselves, but their titles confirm the items found later and
/// give back a heading's words where the heading wrapped. A line counts when it ends in a dot leader and a page
/// number, or in a wide gap and a page number between such lines (a title too long for its leader).
/// </summary>
internal static partial class TableOfContents
{
    public static bool IsEntry(IReadOnlyList<CleanLine> lines, int index) =>
        Leader().IsMatch(lines[index].Text)
        || (GapAndPage().IsMatch(lines[index].Text)
            && (index > 0 && Leader().IsMatch(lines[index - 1].Text) || index + 1 < lines.Count && Leader().IsMatch(lines[index + 1].Text)));

    /// <summary>The entries' titles in order, without a leading item number, leader or page.</summary>
    public static IReadOnlyList<string> Titles(IReadOnlyList<CleanLine> lines)
    {
        var titles = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsEntry(lines, i))
            {
                continue;
            }

            var title = Tail().Replace(lines[i].Text, "");
            title = LeadingNumber().Replace(title, "").Trim();
            if (title.Length > 0 && !Heading().IsMatch(title))
            {
                titles.Add(title);
            }
        }

        return titles;
    }

    [GeneratedRegex(@"\S\s*(\.{4,}|…{2,}|_{4,}|·{4,})\s*\d{1,3}\s*$")]
    private static partial Regex Leader();

    [GeneratedRegex(@"\S(\s{4,}|\t)\d{1,3}\s*$")]
    private static partial Regex GapAndPage();

    [GeneratedRegex(@"\s*((\.{2,}|…+|_{2,}|·{2,})\s*)?\s*\d{1,3}\s*$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^\s*((punkt|pkt\.?)\s*)?\d{1,2}[.):]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();

    // The contents' own heading ("Indholdsfortegnelse 1") and a signature page are not agenda items.
    [GeneratedRegex(@"^(indholdsfortegnelse|indhold|underskriftsside|underskrifter|bilagsoversigt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
