using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// The numbered points of an item's Indstilling (the recommendation put to the committee):
/// "Administrationen indstiller, 1. at ..., 2. at ...". A decision such as "1.-2. Anbefales." or
/// "1. og 3. Godkendt." says nothing on its own; the points it refers to are what was decided.
/// </summary>
internal sealed partial class IndstillingPoints
{
    private readonly string _intro;
    private readonly string _whole;
    private readonly SortedDictionary<int, string> _points = [];

    public IndstillingPoints(string? indstilling)
    {
        _whole = indstilling?.Trim() ?? "";
        var intro = new List<string>();
        int? current = null;
        foreach (var line in _whole.Split('\n'))
        {
            if (Point().Match(line) is { Success: true } point
                && int.TryParse(point.Groups["n"].Value, CultureInfo.InvariantCulture, out var number)
                && !_points.ContainsKey(number))
            {
                current = number;
                _points[number] = line.Trim();
            }
            else if (current is { } n)
            {
                // Sub-points ("a) ...") and continuation lines belong to the point above them.
                _points[n] += "\n" + line.Trim();
            }
            else
            {
                intro.Add(line.Trim());
            }
        }

        _intro = string.Join("\n", intro.Where(l => l.Length > 0));
    }

    public bool IsEmpty => _whole.Length == 0;

    /// <summary>
    /// What a decision refers to: the points it names ("1.-2. Anbefales." gives the intro and points 1 and 2),
    /// the whole Indstilling for a bare approval ("Godkendt.", "Anbefales.", "Byrådet godkendte Økonomiudvalgets
    /// indstilling."), else null.
    /// </summary>
    public string? ContextFor(string decision)
    {
        if (IsEmpty)
        {
            return null;
        }

        var referred = ReferredPoints(decision);
        if (referred.Count > 0)
        {
            var found = referred.Where(_points.ContainsKey).Select(n => _points[n]).ToList();
            if (found.Count > 0)
            {
                return string.Join("\n", _intro.Length > 0 ? found.Prepend(_intro) : found);
            }

            return _whole;
        }

        return decision.Length <= 200 && Approval().IsMatch(decision) ? _whole : null;
    }

    /// <summary>The point numbers a decision opens with: "1.-3." (1, 2, 3), "1. og 2.", "1., 2. og 4.", "Ad 2", "1-2.".</summary>
    internal static IReadOnlyList<int> ReferredPoints(string decision)
    {
        var match = Reference().Match(decision);
        if (!match.Success)
        {
            return [];
        }

        var numbers = new List<int>();
        var parts = match.Groups["n"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        var separators = match.Groups["sep"].Captures.Select(c => c.Value.Trim()).ToList();
        numbers.Add(parts[0]);
        for (var i = 1; i < parts.Count; i++)
        {
            var isRange = separators[i - 1] is "-" or "–" or "til";
            if (isRange && parts[i] > numbers[^1] && parts[i] - numbers[^1] <= 30)
            {
                for (var n = numbers[^1] + 1; n <= parts[i]; n++)
                {
                    numbers.Add(n);
                }
            }
            else
            {
                numbers.Add(parts[i]);
            }
        }

        return numbers;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\s*[.)]\s+\S")]
    private static partial Regex Point();

    // "1.-2. Anbefales", "1. - 5. anbefales", "1-2. Anbefales", "1. og 2. Godkendt", "Ad 1.", "Punkt 3a": a number list at the
    // start; the first number needs its dot or a second number, and "3. marts 2023 ..." is a date, not point 3.
    [GeneratedRegex(@"^\s*(((Ad\s+)?(punkt|pkt\.?)\s*|Ad\s+)(?<n>\d{1,2})[a-zæøå]?[.)]?|(?<n>\d{1,2})(\s?[a-zæøå](?=[.)\s]))?([.)]|(?=\s*(-|–|og|,|til)\s*\d)))(\s*(?<sep>-|–|,|og|til)\s*(?<n>\d{1,2})\.?)*(?=[\s,:]|$|\p{L})(?!\s*(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(\S+\s+){0,4}?(godkend|anbefal|tiltræd|vedtag|indstilling|indstilles)|^(Godkendt|Anbefales|Tiltrådt|Vedtaget)", RegexOptions.IgnoreCase)]
    private static partial Regex Approval();
}
