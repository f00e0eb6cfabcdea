using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Evaluation;

/// <summary>
/// Scores parsed meetings against expectations written by hand (<see cref="StructureExpectation"/>):
/// the date, which item numbers were found (recall and precision), whether their titles match after
/// normalising, and whether decisions were found in the items that state one.
/// </summary>
public sealed partial class StructureEvaluator(IngestionPipeline pipeline)
{
    /// <summary>Titles match when their normalised forms differ in at most this share of characters (OCR slips, a dash).</summary>
    public const double TitleSimilarity = 0.85;

    /// <summary>Parses every file under <paramref name="folder"/> that has an expectation, in name order.</summary>
    public async Task<IReadOnlyList<FileStructureScore>> EvaluateAsync(
        string folder, IReadOnlyDictionary<string, StructureExpectation> expectations, CancellationToken cancellationToken)
    {
        var files = pipeline.Files(folder).Where(f => expectations.ContainsKey(Path.GetFileName(f)));
        return await EvaluateFilesAsync(files, expectations, cancellationToken);
    }

    public async Task<IReadOnlyList<FileStructureScore>> EvaluateFilesAsync(
        IEnumerable<string> files, IReadOnlyDictionary<string, StructureExpectation> expectations, CancellationToken cancellationToken)
    {
        var scores = new List<FileStructureScore>();
        foreach (var file in files)
        {
            var parsed = await pipeline.ParseFileAsync(file, cancellationToken);
            scores.Add(Score(Path.GetFileName(file), parsed.Meeting, expectations[Path.GetFileName(file)], parsed.Error));
        }

        return scores;
    }

    public static FileStructureScore Score(string file, Meeting? meeting, StructureExpectation expected, string? error = null)
    {
        var items = meeting?.Items ?? [];
        var found = new Dictionary<string, AgendaItem>(StringComparer.Ordinal);
        var extra = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var key = ItemKey(items[i].Number, i + 1);
            if (!found.TryAdd(key, items[i]))
            {
                extra.Add(key);
            }
        }

        var expectedKeys = expected.Items.Select((n, i) => ItemKey(n, i + 1)).ToList();
        var missing = expectedKeys.Where(k => !found.ContainsKey(k)).ToList();
        extra.AddRange(found.Keys.Where(k => !expectedKeys.Contains(k)));
        var matched = expectedKeys.Count - missing.Count;

        var titleMisses = new List<string>();
        var titlesMatched = 0;
        if (expected.Titles is not null)
        {
            for (var i = 0; i < expectedKeys.Count; i++)
            {
                var foundTitle = found.TryGetValue(expectedKeys[i], out var item) ? item.Title : "";
                if (TitlesMatch(expected.Titles[i], foundTitle))
                {
                    titlesMatched++;
                }
                else if (item is not null)
                {
                    titleMisses.Add($"{expectedKeys[i]}: {expected.Titles[i]} | {foundTitle}");
                }
            }
        }

        var decisionKeys = (expected.Decisions ?? []).Select(d => ItemKey(d, 0)).ToHashSet(StringComparer.Ordinal);
        var decisionsFound = decisionKeys.Count(k => found.TryGetValue(k, out var item) && item.Decisions.Count > 0);
        var unexpected = expected.DecisionsExhaustive
            ? found.Count(f => !decisionKeys.Contains(f.Key) && f.Value.Decisions.Count > 0)
            : 0;

        return new FileStructureScore(
            file, expected.Date, meeting?.Date, expectedKeys.Count, items.Count, matched, missing, extra,
            expected.Titles?.Count ?? 0, titlesMatched, titleMisses, decisionKeys.Count, decisionsFound, unexpected, error);
    }

    /// <summary>
    /// True when two titles say the same after normalising: case, æ/ø/å folded (OCR writes "Oplaeg"), punctuation
    /// and spacing ignored, a "Lukket:"/"Åben:" mark dropped, and at most 15 % of the characters different, but
    /// never when one is the other cut short.
    /// </summary>
    public static bool TitlesMatch(string expected, string found)
    {
        var a = Normalise(expected);
        var b = Normalise(found);
        if (a == b)
        {
            return true;
        }

        // A title cut short ("... (bilag") or run on into the text is a miss however little differs; OCR slips are not.
        if (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        {
            return false;
        }

        var longest = Math.Max(a.Length, b.Length);
        return longest > 0 && 1.0 - ((double)Distance(a, b) / longest) >= TitleSimilarity;
    }

    /// <summary>An item's number as its digits ("2.", "2)", "Punkt 2" -> "2"); an unnumbered item by its position.</summary>
    private static string ItemKey(string? number, int position)
    {
        var digits = number is null ? Match.Empty : Digits().Match(number);
        return digits.Success ? int.Parse(digits.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : position.ToString(CultureInfo.InvariantCulture);
    }

    internal static string Normalise(string title)
    {
        var text = ClosedMark().Replace(title.Trim(), "").ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().Trim();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(lukket|åben|aaben)(\s+punkt)?\s*[:\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedMark();
}
