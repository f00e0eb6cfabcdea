using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Search.Answers;

/// <summary>
/// Checks a model's citation markers against the sources it was given, whatever form the model chose:
/// "[2]", "[1][3]", "[1, 3]", "[1,2,3]", "[1; 3]", "[1 og 3]", ranges "[1-3]", "[1–3]" (en dash),
/// "[1—3]", "[kilde 2]", "[Kilder 1, 2]", footnote style "[^2]" and full-width "【2】" / "［2］".
/// Every marker is rewritten as "[n]" per valid source; numbers outside 1..sources are removed, and so
/// is a range with an end outside them (a model writing "[1–99]" for three sources did not cite 1 to
/// 3: the whole range goes). A marker left with no valid number is removed with the space before it.
/// Brackets that are not citations ("[CPR]", "[bilag 3]") are left alone.
/// </summary>
/// <example>With 3 sources, "Det blev vedtaget [1][9]. Intet andet [7-99]. Se [1–3]." becomes
/// "Det blev vedtaget [1]. Intet andet. Se [1][2][3]." with valid citations {1, 2, 3}.</example>
internal static partial class CitationCheck
{
    /// <summary>A bracketed list of numbers and ranges, optionally after "kilde"/"kilder"/"source"/"ref"/"nr." or a footnote caret.</summary>
    [GeneratedRegex(
        @"\s*[\[【［]\s*(?:\^|(?:kilde[rn]?|kilderne|sources?|ref\.?|nr\.?)\s*)?(?<list>\d+(?:\s*[-–—‐‑−]\s*\d+)?(?:\s*(?:[,;/&]|og|and)\s*(?:nr\.?\s*)?\d+(?:\s*[-–—‐‑−]\s*\d+)?)*)\s*[\]】］]",
        RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<from>\d+)(?:\s*[-–—‐‑−]\s*(?<to>\d+))?")]
    private static partial Regex Entry();

    /// <summary>Ranges longer than this are not expanded: no answer sentence rests on more sources.</summary>
    private const int MaxRange = 20;

    public static (string Text, IReadOnlySet<int> Valid) Clean(string answer, int sources)
    {
        var valid = new SortedSet<int>();
        var text = Marker().Replace(answer, match =>
        {
            var numbers = new List<int>();
            foreach (Match entry in Entry().Matches(match.Groups["list"].Value))
            {
                var from = Number(entry.Groups["from"].Value);
                var to = entry.Groups["to"].Success ? Number(entry.Groups["to"].Value) : from;
                if (from < 1 || to > sources || to < from || to - from >= MaxRange)
                {
                    continue;
                }

                numbers.AddRange(Enumerable.Range(from, to - from + 1).Where(n => !numbers.Contains(n)));
            }

            valid.UnionWith(numbers);
            if (numbers.Count == 0)
            {
                return "";
            }

            var space = char.IsWhiteSpace(match.Value[0]) ? " " : "";
            return space + string.Concat(numbers.Select(n => $"[{n}]"));
        });
        return (text.Trim(), valid);
    }

    /// <summary>The number, or 0 for one too long to be a source number.</summary>
    private static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
