using System.Collections.Frozen;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// The Danish word list (Debian package <c>wdanish</c>, /usr/share/dict/danish, ~313k inflected
/// forms), lower-cased, read once. Cleaning uses it to tell a real word from OCR damage and a
/// line-break hyphen from a real one. When the file is missing, <see cref="IsAvailable"/> is false
/// and cleaning skips the repairs that need it rather than guessing.
/// </summary>
public sealed class DanishWordList
{
    // Read on first use, not when the service starts: a service that only searches never needs it,
    // and reading 313k words took a second of the API's start.
    private readonly Lazy<(FrozenSet<string> Words, string[] Sorted)> _data;

    private DanishWordList(string path, Func<FrozenSet<string>> read)
    {
        Path = path;
        _data = new Lazy<(FrozenSet<string>, string[])>(() =>
        {
            var words = read();
            return (words, words.Order(StringComparer.Ordinal).ToArray());
        });
    }

    public string Path { get; }

    public bool IsAvailable => Words.Count > 0;

    public int Count => Words.Count;

    public static DanishWordList Empty { get; } = new("", () => FrozenSet<string>.Empty);

    private FrozenSet<string> Words => _data.Value.Words;

    private string[] Sorted => _data.Value.Sorted;

    public static DanishWordList Load(string path) => new(path, () => Read(path));

    private static FrozenSet<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            return FrozenSet<string>.Empty;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var word = line.Trim();
            if (word.Length > 0)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Case-insensitive: "Sjælland" and "sjælland" are both words.</summary>
    public bool Contains(string word) => Words.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when <paramref name="lowerWord"/> is a word or a compound of a word of at least three
    /// letters and one of at least four, with or without a linking s or e ("ungeområdet" = "unge" + "området").
    /// </summary>
    public bool IsWordOrCompound(string lowerWord)
    {
        if (Words.Contains(lowerWord))
        {
            return true;
        }

        for (var split = 3; split <= lowerWord.Length - 4; split++)
        {
            var head = lowerWord[..split];
            var tail = lowerWord[split..];
            if (Words.Contains(tail) && (Words.Contains(head)
                || (head.Length > 3 && head[^1] is 's' or 'e' && Words.Contains(head[..^1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some word begins with <paramref name="lowerPrefix"/> and is longer: "børne" (as in "børne- og unge").</summary>
    public bool IsPrefix(string lowerPrefix)
    {
        var at = Array.BinarySearch(Sorted, lowerPrefix, StringComparer.Ordinal);
        var next = at >= 0 ? at + 1 : ~at;
        return next < Sorted.Length && Sorted[next].StartsWith(lowerPrefix, StringComparison.Ordinal);
    }

    /// <summary>Same as <see cref="Contains(string)"/> for a word already in lower case.</summary>
    public bool ContainsLower(string lowerWord) => Words.Contains(lowerWord);
}
