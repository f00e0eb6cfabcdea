using System.Text.RegularExpressions;

namespace Minutes.Search.Analysis;

/// <summary>
/// Whether a word is a Danish word form according to hunspell-da (Debian package hunspell-da:
/// <c>da_DK.dic</c> stems with affix flags, <c>da_DK.aff</c> suffix rules): "indkaldte" is "indkalde"
/// with the past-tense suffix, "skaffes" "skaffe" with the passive one. Checked backwards, as hunspell
/// does: a word's suffixes are stripped (one, or two where the first rule allows the second) and the
/// stem looked up with the rule's flag, so the forms are never all expanded (millions of strings).
/// Prefix rules (capitalised place-name prefixes in this dictionary) and compounding are not read:
/// compounds are the <see cref="CompoundSplitter"/>'s job.
/// </summary>
public sealed partial class HunspellForms
{
    /// <summary>Flags (FLAG num) that make a bare stem no word: NEEDAFFIX, FORBIDDENWORD, ONLYINCOMPOUND.</summary>
    private readonly HashSet<int> _notAlone;
    private readonly Dictionary<string, int[]> _stems;
    private readonly Dictionary<string, List<SuffixRule>> _rulesByAffix;

    private HunspellForms(Dictionary<string, int[]> stems, Dictionary<string, List<SuffixRule>> rulesByAffix, HashSet<int> notAlone)
    {
        _stems = stems;
        _rulesByAffix = rulesByAffix;
        _notAlone = notAlone;
    }

    /// <summary>Stems in the dictionary.</summary>
    public int StemCount => _stems.Count;

    /// <summary>Reads <c>{path}.dic</c> and <c>{path}.aff</c> (e.g. /usr/share/hunspell/da_DK); null when either is missing.</summary>
    public static HunspellForms? TryLoad(string path)
    {
        var dic = path + ".dic";
        var aff = path + ".aff";
        if (!File.Exists(dic) || !File.Exists(aff))
        {
            return null;
        }

        var (rules, notAlone) = ReadAffixes(File.ReadLines(aff));
        return new HunspellForms(ReadStems(File.ReadLines(dic).Skip(1)), rules, notAlone);
    }

    /// <summary>Whether <paramref name="word"/> (lower-case) is a form hunspell-da accepts without compounding.</summary>
    public bool Knows(string word) => Lemmas(word).Any();

    /// <summary>
    /// The dictionary stems <paramref name="word"/> (lower-case) is a form of: "raketter" → "raket",
    /// "indkaldte" → "indkalde"; the word itself when it is a stem; empty when hunspell-da does not know it.
    /// </summary>
    public IEnumerable<string> Lemmas(string word)
    {
        if (_stems.TryGetValue(word, out var flags) && !flags.Any(_notAlone.Contains))
        {
            yield return word;
        }

        foreach (var (rule, stem) in Stripped(word))
        {
            if (HasFlag(stem, rule.Flag))
            {
                yield return stem;
            }

            // Two suffixes: the inner rule must allow this one as its continuation ("skaf" + "fe" + "s").
            foreach (var (inner, root) in Stripped(stem))
            {
                if (inner.Continuations.Contains(rule.Flag) && HasFlag(root, inner.Flag))
                {
                    yield return root;
                }
            }
        }
    }

    private bool HasFlag(string stem, int flag) =>
        _stems.TryGetValue(stem, out var flags) && Array.IndexOf(flags, flag) >= 0;

    /// <summary>Every suffix rule that could have produced <paramref name="word"/>, with the stem it leaves.</summary>
    private IEnumerable<(SuffixRule Rule, string Stem)> Stripped(string word)
    {
        for (var length = 0; length < word.Length; length++)
        {
            if (!_rulesByAffix.TryGetValue(word[(word.Length - length)..], out var rules))
            {
                continue;
            }

            var head = word[..(word.Length - length)];
            foreach (var rule in rules)
            {
                var stem = head + rule.Strip;
                if (rule.Condition.IsMatch(stem))
                {
                    yield return (rule, stem);
                }
            }
        }
    }

    private static Dictionary<string, int[]> ReadStems(IEnumerable<string> lines)
    {
        var stems = new Dictionary<string, int[]>(200_000, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var entry = line.Split('\t')[0].Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var slash = entry.IndexOf('/', 1);
            var word = (slash < 0 ? entry : entry[..slash]).ToLowerInvariant();
            var flags = slash < 0 ? [] : Flags(entry[(slash + 1)..]);
            stems[word] = stems.TryGetValue(word, out var known) ? [.. known, .. flags] : flags;
        }

        return stems;
    }

    private static (Dictionary<string, List<SuffixRule>>, HashSet<int>) ReadAffixes(IEnumerable<string> lines)
    {
        var rules = new Dictionary<string, List<SuffixRule>>(StringComparer.Ordinal);
        var notAlone = new HashSet<int>();
        var conditions = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 2 && fields[0] is "NEEDAFFIX" or "FORBIDDENWORD" or "ONLYINCOMPOUND" && int.TryParse(fields[1], out var flag))
            {
                notAlone.Add(flag);
            }

            // A rule line has five fields or more ("SFX 1 0 ede/34,22 [^e]"); the header has four ("SFX 1 Y 4").
            if (fields.Length < 5 || fields[0] != "SFX" || !int.TryParse(fields[1], out var ruleFlag))
            {
                continue;
            }

            var strip = fields[2] == "0" ? "" : fields[2].ToLowerInvariant();
            var addAndFlags = fields[3].Split('/', 2);
            var add = addAndFlags[0] == "0" ? "" : addAndFlags[0].ToLowerInvariant();
            var continuations = addAndFlags.Length > 1 ? Flags(addAndFlags[1]) : [];
            if (!conditions.TryGetValue(fields[4], out var condition))
            {
                condition = fields[4] == "." ? Any() : new Regex("(?:" + fields[4].ToLowerInvariant() + ")$", RegexOptions.CultureInvariant);
                conditions[fields[4]] = condition;
            }

            if (!rules.TryGetValue(add, out var list))
            {
                list = [];
                rules[add] = list;
            }

            list.Add(new SuffixRule(ruleFlag, strip, [.. continuations], condition));
        }

        return (rules, notAlone);
    }

    private static int[] Flags(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => int.TryParse(f, out var n) ? n : -1)
            .Where(n => n >= 0)
            .ToArray();

    [GeneratedRegex("")]
    private static partial Regex Any();

    private sealed record SuffixRule(int Flag, string Strip, HashSet<int> Continuations, Regex Condition);
}
