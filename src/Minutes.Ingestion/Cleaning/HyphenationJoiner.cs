using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// Joins words that layout hyphenated across lines ("drøf-" + "telser" -> "drøftelser", also across
/// the blank lines PDF extraction puts between wrapped lines) and keeps real hyphens: number ranges
/// ("2021-" + "2022"), abbreviations ("KKR-" + "netværket"), suspended compounds ("pleje-" + "og
/// støttefamilier" is left alone) and compounds the document or the word list spells with a hyphen.
/// </summary>
public sealed partial class HyphenationJoiner(DanishWordList words)
{
    private static readonly HashSet<string> Conjunctions =
        new(StringComparer.OrdinalIgnoreCase) { "og", "eller", "samt", "el", "0g", "&", "til", "som" };

    /// <summary>Joins in place; <paramref name="lines"/> keeps its count (a consumed fragment leaves an empty line).</summary>
    public void Join(IList<string> lines, string wholeText)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // Most lines do not end in a hyphen; the regex below is only worth running on those that do.
            if (!lines[i].AsSpan().TrimEnd(" \t").EndsWith("-"))
            {
                continue;
            }

            var match = TrailingFragment().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var next = NextNonBlank(lines, i);
            if (next < 0)
            {
                continue;
            }

            var nextLine = lines[next].TrimStart();
            var head = LeadingWord().Match(nextLine);
            if (!head.Success || Conjunctions.Contains(head.Value) || nextLine.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                || nextLine.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = match.Groups["word"].Value;
            var keepHyphen = KeepHyphen(match.Groups["token"].Value, before, head.Value, wholeText);
            var joinedLine = lines[i][..match.Groups["hyphen"].Index] + (keepHyphen ? "-" : "");
            // Move the continuation word up so the joined word sits on one line; the rest stays put.
            lines[i] = joinedLine + head.Value;
            lines[next] = nextLine[head.Length..].TrimStart();
            for (var blank = i + 1; blank < next; blank++)
            {
                lines[blank] = "";
            }
        }
    }

    private bool KeepHyphen(string token, string before, string after, string wholeText)
    {
        if (char.IsDigit(before[^1]) || char.IsDigit(after[0]) || char.IsUpper(after[0])
            || token.Contains('/') || token.Contains("www", StringComparison.OrdinalIgnoreCase)
            || (before.Length >= 2 && before.All(char.IsUpper)))
        {
            return true;
        }

        var joined = before + after;
        if (wholeText.Contains(joined, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (wholeText.Contains(before + "-" + after, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!words.IsAvailable || words.Contains(joined))
        {
            return false;
        }

        // Both halves real words and the whole not one: a compound written with a hyphen ("Skole-dagbehandling").
        return before.Length >= 4 && after.Length >= 4 && words.Contains(before) && words.Contains(after);
    }

    private static int NextNonBlank(IList<string> lines, int from)
    {
        for (var j = from + 1; j < lines.Count && j <= from + 4; j++)
        {
            if (!string.IsNullOrWhiteSpace(lines[j]))
            {
                return j;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"(?<token>\S*?(?<word>[\p{L}\d]+))(?<hyphen>-)[ \t]*$")]
    private static partial Regex TrailingFragment();

    [GeneratedRegex(@"^[\p{L}\d&]+")]
    private static partial Regex LeadingWord();
}
