using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// Repairs Danish words that OCR mangled ("Bgrnehus" -> "Børnehus", "Sjeaelland" -> "Sjælland",
/// "omradde" -> "område", "m@dedeltagere" -> "mødedeltagere"). A token is replaced only when it is
/// not a word and a form reached by the fewest OCR confusions (ø read as g/@/0, æ as ae/e/a/z, å as
/// a/d/ad/3/8) is a word; ties go to the first rule in <see cref="Confusions"/>. The few very common
/// words that OCR turns into rare real words ("nar" for "når", "ar" for "år") are repaired too, but
/// only in text that <see cref="LooksMangled"/>.
/// </summary>
public sealed partial class OcrRepairer(DanishWordList words)
{
    /// <summary>Misread -> intended, most frequent confusion first.</summary>
    private static readonly (string From, string To)[] Confusions =
    [
        ("g", "ø"), ("@", "ø"), ("@", "å"), ("eae", "æ"), ("ae", "æ"), ("ee", "æ"), ("ze", "æ"), ("z", "æ"),
        ("a", "å"), ("a", "æ"), ("e", "æ"), ("d", "å"), ("ad", "å"), ("aa", "æ"), ("aa", "å"),
        ("s", "ø"), ("0", "ø"), ("3", "å"), ("8", "å"), ("gg", "ø"), ("dd", "å"), ("&", "å"),
    ];

    /// <summary>Frequent words whose OCR misreadings are themselves rare words.</summary>
    private static readonly HashSet<string> FrequentWords =
        ["på", "så", "når", "også", "år", "både", "få", "må", "går", "får", "nå", "før", "kræver", "være", "været"];

    private const int MaxEdits = 3;

    /// <summary>Bounds the memory of <see cref="_judged"/>: 200,000 tokens are a few tens of MB.</summary>
    private const int MaxJudged = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Token, bool Prefix), bool> _judged = new();

    public bool IsAvailable => words.IsAvailable;

    /// <summary>
    /// True when so many tokens are non-words that a confusion turns into words that the text must be
    /// OCR output (seed 002: about one token in ten); clean minutes score well under one in a hundred.
    /// </summary>
    public bool LooksMangled(string text)
    {
        if (!words.IsAvailable)
        {
            return false;
        }

        int tokens = 0, repairable = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            tokens++;
            // Minutes repeat their words (names, places, terms) within and across files, and judging an
            // unknown token searches its confusions: each distinct token is judged once per process.
            var key = (match.Value, IsPrefixContext(text, match));
            if (!_judged.TryGetValue(key, out var canRepair))
            {
                canRepair = TryRepair(key.Item1, aggressive: false, out _, key.Item2);
                if (_judged.Count < MaxJudged)
                {
                    _judged[key] = canRepair;
                }
            }

            if (canRepair)
            {
                repairable++;
            }
        }

        return tokens >= 20 && repairable >= 3 && repairable * 40 >= tokens;
    }

    /// <summary>
    /// Repairs every token of <paramref name="text"/>; records each change in <paramref name="repairs"/>.
    /// <paramref name="names"/> (from <see cref="NamesIn"/> over the whole document) keeps names' genitives as written.
    /// </summary>
    public string Repair(string text, ICollection<TokenRepair> repairs, IReadOnlySet<string>? names = null)
    {
        names ??= NamesIn(text);
        return TokenPattern().Replace(text, match =>
        {
            if (IsGenitiveOfName(match.Value, names)
                || !TryRepair(match.Value, aggressive: true, out var repaired, IsPrefixContext(text, match)))
            {
                return match.Value;
            }

            repairs.Add(new TokenRepair(match.Value, repaired));
            return repaired;
        });
    }

    /// <summary>Capitalised tokens of the text, for recognising "Rasmussens" beside "Rasmussen".</summary>
    public static IReadOnlySet<string> NamesIn(string text) =>
        TokenPattern().Matches(text).Select(m => m.Value).Where(t => t.Length > 2 && char.IsUpper(t[0])).ToHashSet(StringComparer.Ordinal);

    // A name's genitive is not in the word list either, but the name itself stands elsewhere in the text.
    private static bool IsGenitiveOfName(string token, IReadOnlySet<string> names) =>
        token.Length > 3 && char.IsUpper(token[0]) && token[^1] == 's' && names.Contains(token[..^1]);

    // "bgrne- og ungeomradet": a part before a hyphen need only begin a word.
    private static bool IsPrefixContext(string text, Match match) =>
        match.Index + match.Length < text.Length && text[match.Index + match.Length] == '-';

    internal bool TryRepair(string token, bool aggressive, out string repaired, bool prefixOnly = false)
    {
        repaired = token;
        // Abbreviations ("SL", "KKR", "PPR") are not words and must not be "repaired".
        if (token.Length < 2 || token.Length > 40 || !token.Any(char.IsLetter)
            || (token.Length <= 4 && token.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return false;
        }

        var lower = token.ToLowerInvariant();
        var isWord = words.ContainsLower(lower) || (prefixOnly ? words.IsPrefix(lower) : words.IsWordOrCompound(lower));
        if (isWord && !(aggressive && lower.Length <= 4))
        {
            return false;
        }

        // A capital I at the start is often a misread l ("Igbende" -> "løbende").
        var misreadL = token[0] == 'I' && token.Length > 2 && char.IsLower(token[1]);
        var best = Search(lower, isWord, misreadL ? "l" + lower[1..] : null, prefixOnly);
        if (best is null)
        {
            return false;
        }

        repaired = MatchCase(token, best, misreadL && best[0] == 'l');
        return true;
    }

    private string? Search(string lower, bool isWord, string? alternativeStart, bool prefixOnly)
    {
        // Breadth-first over edit counts so the fewest confusions win.
        var frontier = new List<string> { lower };
        var seen = new HashSet<string>(StringComparer.Ordinal) { lower };
        if (alternativeStart is not null && seen.Add(alternativeStart))
        {
            if (!isWord && Accept(alternativeStart, prefixOnly))
            {
                return alternativeStart;
            }

            frontier.Add(alternativeStart);
        }

        for (var edits = 1; edits <= MaxEdits && frontier.Count > 0; edits++)
        {
            var next = new List<string>();
            string? found = null;
            foreach (var candidate in frontier)
            {
                foreach (var variant in Variants(candidate))
                {
                    if (!seen.Add(variant))
                    {
                        continue;
                    }

                    var accepted = isWord ? FrequentWords.Contains(variant) : Accept(variant, prefixOnly) && !IsDoubtful(variant);
                    if (accepted && (found is null || FrequentWords.Contains(variant) && !FrequentWords.Contains(found)))
                    {
                        // Among repairs with as few confusions, a very common word wins ("p@" -> "på", not "pø").
                        found = variant;
                    }

                    next.Add(variant);
                }
            }

            if (found is not null && (words.ContainsLower(found) || FrequentWords.Contains(found)))
            {
                return found;
            }

            if (found is not null)
            {
                // Only a compound so far ("spørg" + "smal" for "spgrgsmal"): a dictionary word one
                // confusion further ("spørgsmål") is the likelier reading.
                return next.SelectMany(Variants).FirstOrDefault(v => words.ContainsLower(v) && !IsDoubtful(v)) ?? found;
            }

            if (next.Count > 2000)
            {
                break;
            }

            frontier = next;
        }

        return null;
    }

    private bool Accept(string candidate, bool prefixOnly) =>
        words.ContainsLower(candidate) || (prefixOnly ? words.IsPrefix(candidate) : words.IsWordOrCompound(candidate));

    private static IEnumerable<string> Variants(string word)
    {
        foreach (var (from, to) in Confusions)
        {
            var fromLower = from.ToLowerInvariant();
            for (var at = word.IndexOf(fromLower, StringComparison.Ordinal); at >= 0;
                 at = word.IndexOf(fromLower, at + 1, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, at), to, word.AsSpan(at + fromLower.Length));
            }
        }
    }

    // A one- or two-letter result (from "3" or "@") is more often a different misreading than a word.
    private static bool IsDoubtful(string word) => word.Length < 2;

    private static string MatchCase(string original, string repaired, bool startsWithMisreadL)
    {
        if (original.Count(char.IsLetter) > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return repaired.ToUpperInvariant();
        }

        return char.IsUpper(original[0]) && !startsWithMisreadL
            ? string.Concat(char.ToUpperInvariant(repaired[0]).ToString(), repaired.AsSpan(1))
            : repaired;
    }

    // Words with letters, digits that OCR puts for letters, and '@'; e-mail addresses are left alone.
    [GeneratedRegex(@"(?<![\w@.])[\p{L}@][\p{L}@&038]*(?![\w@&]|\.\w)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
