using System.Collections.Concurrent;

namespace Minutes.Search.Analysis;

/// <summary>
/// Splits Danish compounds into the dictionary words they are glued from, so a search for
/// "institution" finds "døgninstitutionerne" and "Hollænder huset" finds "Hollænderhuset".
/// Load it once per process (the Debian list has 313k words, ~0.3 s); it is immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>A split must cover the whole word with real words: every part except the last is at least
/// <see cref="MinPartLength"/> letters and may be followed by a linking "s" or "e"; the last part (the
/// head, which carries the inflection: the list holds inflected forms) too; only a curated few three-letter words may be parts.
/// Of all covering splits the one with the fewest parts wins, then the one with the longest parts
/// (largest sum of squared lengths). Parts that are themselves compounds are split again, and their
/// parts follow them:</para>
/// <list type="bullet">
/// <item>"døgninstitutionerne" → "døgn", "institutionerne".</item>
/// <item>"børnehussager" → "børnehus", "børne", "hus", "sager" — never "ørne" or "ager", which do not cover the word.</item>
/// <item>"kapacitetspres" → "kapacitet", "pres" (linking s dropped); "styregruppemøde" → "styregruppe", "styre", "gruppe", "møde".</item>
/// <item>"hollænderhuset" → "hollænder", "huset"; "ringsted" → nothing: a word the list only knows capitalised is a name.</item>
/// </list>
/// Words are looked up lower-case, so callers pass lower-case (and, with folding on, folded) words.
/// </remarks>
public sealed class CompoundSplitter
{
    /// <summary>
    /// Shortest part: four letters keeps out "sti", "tit" and most accidental splits. A few three-letter
    /// words ("hus", "råd", "lov", "dag") are allowed by name; see <see cref="CompoundPartRules"/>.
    /// </summary>
    public const int MinPartLength = 4;

    /// <summary>Shortest allowed three-letter part ("hus", "råd"); the length check is a cheap pre-filter.</summary>
    public const int MinHeadLength = 3;

    /// <summary>Parts shorter than this are not split again.</summary>
    private const int MinRecursiveLength = MinPartLength + MinHeadLength;

    /// <summary>Minutes repeat their vocabulary; remembering splits makes the filter almost free after the first pages.</summary>
    private const int MaxCachedWords = 200_000;

    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _cacheLookup;
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _names;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private CompoundSplitter(HashSet<string> words, HashSet<string> names)
    {
        _words = words;
        _names = names;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _cacheLookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A splitter that splits nothing: used when compounds are off or the word list is missing.</summary>
    public static CompoundSplitter None { get; } = new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>How many words may be parts (0 for <see cref="None"/>).</summary>
    public int WordCount => _words.Count;

    /// <summary>
    /// Builds a splitter from word-list entries. Entries with anything but letters ("A-kasse", "A's") are skipped;
    /// entries only found capitalised are names: they may be parts ("roskildekommune" → "roskilde", "kommune")
    /// but are never split themselves.
    /// </summary>
    /// <param name="entries">One word per entry, as in /usr/share/dict/danish.</param>
    /// <param name="fold">Fold ae/oe/aa like <see cref="DanishSpellingFilter"/>; must match the analysis chain.</param>
    /// <param name="excludedParts">Words that may never be parts, e.g. the stop words ("under", "efter").</param>
    public static CompoundSplitter FromWords(IEnumerable<string> entries, bool fold, IEnumerable<string> excludedParts)
    {
        var words = new HashSet<string>(320_000, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        // One string per kept entry: this runs over 313k words while the service starts.
        char[] buffer = new char[64];
        foreach (string raw in entries)
        {
            ReadOnlySpan<char> entry = raw.AsSpan().Trim();
            if (entry.Length < MinHeadLength || !IsLetters(entry))
            {
                continue;
            }

            if (entry.Length > buffer.Length)
            {
                buffer = new char[entry.Length * 2];
            }

            int length = entry.Length;
            entry.CopyTo(buffer);
            InvariantLowerCaseFilter.ToLower(buffer.AsSpan(0, length));
            if (fold)
            {
                length = DanishSpellingFilter.Fold(buffer, length);
            }

            (char.IsUpper(entry[0]) ? names : words).Add(new string(buffer, 0, length));
        }

        names.ExceptWith(words);
        words.UnionWith(names);
        words.ExceptWith(excludedParts);
        words.ExceptWith(CompoundPartRules.NoiseParts);
        words.RemoveWhere(w => w.Length < MinPartLength && !CompoundPartRules.ShortParts.Contains(w));
        return new CompoundSplitter(words, names);
    }

    /// <summary>Whether <paramref name="word"/> is letters only: the only words the list holds and the filter splits.</summary>
    internal static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Loads the word list at <paramref name="path"/>, or returns null when there is no such file.</summary>
    public static CompoundSplitter? TryLoad(string path, bool fold, IEnumerable<string> excludedParts)
    {
        return File.Exists(path) ? FromWords(File.ReadLines(path), fold, excludedParts) : null;
    }

    /// <summary>Whether <paramref name="word"/> (lower-case) may be a part.</summary>
    public bool IsWord(ReadOnlySpan<char> word) => _wordLookup.Contains(word);

    /// <summary>
    /// The parts of a lower-case compound in reading order, sub-parts right after the part they split;
    /// empty when the word is not a compound (or is a name).
    /// </summary>
    public IReadOnlyList<string> Split(string word) => Split(word.AsSpan());

    /// <summary>
    /// <see cref="Split(string)"/> for a word in a token buffer: a word seen before is answered from the
    /// cache without allocating.
    /// </summary>
    public string[] Split(ReadOnlySpan<char> word)
    {
        if (_cacheLookup.TryGetValue(word, out string[]? cached))
        {
            return cached;
        }

        return SplitAndCache(word.ToString());
    }

    private string[] SplitAndCache(string word)
    {
        var parts = new List<string>();
        AddParts(word, parts);
        string[] result = parts.Count == 0 ? [] : [.. parts];
        if (_cache.Count < MaxCachedWords)
        {
            _cache.TryAdd(word, result);
        }

        return result;
    }

    private void AddParts(string word, List<string> parts)
    {
        if (word.Length < MinPartLength + MinHeadLength || _names.Contains(word))
        {
            return;
        }

        foreach (string part in BestSplit(word))
        {
            if (!parts.Contains(part))
            {
                parts.Add(part);
            }

            if (part.Length >= MinRecursiveLength)
            {
                AddParts(part, parts);
            }
        }
    }

    /// <summary>Dynamic programme over suffixes: best[i] is the best split of word[i..].</summary>
    private List<string> BestSplit(string word)
    {
        int n = word.Length;
        var best = new Candidate?[n + 1];
        best[n] = new Candidate(0, 0, n, n);
        for (int start = n - MinHeadLength; start >= 0; start--)
        {
            Candidate? chosen = null;
            for (int end = start + MinHeadLength; end <= n; end++)
            {
                bool isHead = end == n;
                if ((isHead && start == 0) || !IsWord(word.AsSpan(start, end - start)))
                {
                    continue;
                }

                chosen = Better(chosen, Extend(best, start, end, end, Preference.Plain));
                if (!isHead && end < n - MinHeadLength && word[end] is 's' or 'e')
                {
                    // "kapacitets|pres" and "kapacitet+s|pres" score alike: the form without the linking s wins.
                    // A linking e is usually part of the word: "pleje|familie" wins over "plej+e|familie".
                    var preference = word[end] == 's' ? Preference.LinkingS : Preference.LinkingE;
                    chosen = Better(chosen, Extend(best, start, end, end + 1, preference));
                }
            }

            best[start] = chosen;
        }

        var result = new List<string>();
        for (Candidate? step = best[0]; step is { PartCount: > 0 }; step = best[step.Next])
        {
            result.Add(word[step.Start..step.End]);
        }

        return result;
    }

    private static Candidate? Extend(Candidate?[] best, int start, int end, int next, Preference preference)
    {
        Candidate? rest = best[next];
        if (rest is null)
        {
            return null;
        }

        int length = next - start;
        return new Candidate(rest.PartCount + 1, rest.Score + (length * length), start, end) { Next = next, Preference = preference };
    }

    private static Candidate? Better(Candidate? a, Candidate? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        if (a.PartCount != b.PartCount)
        {
            return a.PartCount < b.PartCount ? a : b;
        }

        if (a.Score != b.Score)
        {
            return b.Score > a.Score ? b : a;
        }

        return b.Preference > a.Preference ? b : a;
    }

    private sealed record Candidate(int PartCount, int Score, int Start, int End)
    {
        public int Next { get; init; } = End;

        public Preference Preference { get; init; }
    }

    /// <summary>Tie-break between splits at the same points, worst first.</summary>
    private enum Preference
    {
        LinkingE,
        Plain,
        LinkingS,
    }
}
