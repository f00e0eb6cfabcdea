namespace Minutes.Search.Analysis;

/// <summary>
/// The Danish thesaurus of mythes-da (Debian package mythes-da, <c>th_da_DK.dat</c>): for a word, the
/// words listed as meaning the same ("raket" → "løfteraket", "signalraket"; "gadelys" → "gadebelysning",
/// "gadelampe"). Only plain synonyms are kept: narrower terms ("(underbegreb)"), broader ones and
/// phrases are not, as they drift off the question. Read once, on first use (4 MB).
/// </summary>
public sealed class DanishThesaurus
{
    /// <summary>Synonyms kept per word: the first ones listed are the closest.</summary>
    public const int MaxSynonyms = 6;

    private readonly Dictionary<string, string[]> _synonyms;

    private DanishThesaurus(Dictionary<string, string[]> synonyms) => _synonyms = synonyms;

    /// <summary>Entries read.</summary>
    public int Count => _synonyms.Count;

    /// <summary>Reads <paramref name="datPath"/> (e.g. /usr/share/mythes/th_da_DK.dat); null when it is missing.</summary>
    public static DanishThesaurus? TryLoad(string datPath)
    {
        if (!File.Exists(datPath))
        {
            return null;
        }

        var synonyms = new Dictionary<string, string[]>(40_000, StringComparer.Ordinal);
        string? head = null;
        var words = new List<string>();
        foreach (var line in File.ReadLines(datPath).Skip(1))
        {
            if (!line.StartsWith('|'))
            {
                Flush();
                var bar = line.IndexOf('|');
                head = bar > 0 ? line[..bar].ToLowerInvariant() : null;
                continue;
            }

            foreach (var word in line.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                // "(underbegreb)", "(overbegreb)" and phrases are not the same meaning in one word.
                if (word.Contains('(') || word.Contains(' ') || words.Count >= MaxSynonyms)
                {
                    continue;
                }

                var lower = word.Trim().ToLowerInvariant();
                if (lower.Length > 2 && lower != head && !words.Contains(lower))
                {
                    words.Add(lower);
                }
            }
        }

        Flush();
        return new DanishThesaurus(synonyms);

        void Flush()
        {
            if (head is not null && words.Count > 0 && !synonyms.ContainsKey(head))
            {
                synonyms[head] = [.. words];
            }

            words.Clear();
        }
    }

    /// <summary>The synonyms of a lower-case base form; empty when the thesaurus has none.</summary>
    public IReadOnlyList<string> Synonyms(string lemma) => _synonyms.TryGetValue(lemma, out var words) ? words : [];
}
