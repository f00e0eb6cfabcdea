using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Search.Answers;

/// <summary>
/// Checks a model's citation markers against the sources it was given: "[2]", "[1][3]" and "[1, 3]"
/// are read; numbers outside 1..sources are removed (with the space before them), valid ones kept.
/// </summary>
/// <example>With 3 sources, "Det blev vedtaget [1][9]. Intet andet [9]." becomes
/// "Det blev vedtaget [1]. Intet andet." with valid citations {1}.</example>
internal static partial class CitationCheck
{
    [GeneratedRegex(@"\s*\[(\s*\d+\s*(?:[,;]\s*\d+\s*)*)\]")]
    private static partial Regex Marker();

    public static (string Text, IReadOnlySet<int> Valid) Clean(string answer, int sources)
    {
        var valid = new SortedSet<int>();
        var text = Marker().Replace(answer, match =>
        {
            var numbers = match.Groups[1].Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
                .Where(n => n >= 1 && n <= sources)
                .ToList();
            valid.UnionWith(numbers);
            if (numbers.Count == 0)
            {
                return "";
            }

            var space = match.Value.Length > 0 && char.IsWhiteSpace(match.Value[0]) ? " " : "";
            return space + string.Concat(numbers.Select(n => $"[{n}]"));
        });
        return (text.Trim(), valid);
    }
}
