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
    private readonly FrozenSet<string> _words;
    private readonly string[] _sorted;

    private DanishWordList(FrozenSet<string> words, string path)
    {
        _words = words;
        _sorted = words.Order(StringComparer.Ordinal).ToArray();
        Path = path;
    }

    public string Path { get; }

    public bool IsAvailable => _words.Count > 0;

    public int Count => _words.Count;

    public static DanishWordList Empty { get; } = new(FrozenSet<string>.Empty, "");

    public static DanishWordList Load(string path)
    {
        if (!File.Exists(path))
        {
            return new DanishWordList(FrozenSet<string>.Empty, path);
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

        return new DanishWordList(words.ToFrozenSet(StringComparer.Ordinal), path);
    }

    /// <summary>Case-insensitive: "Sjælland" and "sjælland" are both words.</summary>
    public bool Contains(string word) => _words.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when <paramref name="lowerWord"/> is a word or a compound of a word of at least three
    /// letters and one of at least four, with or without a linking s or e ("ungeområdet" = "unge" + "området").
    /// </summary>
    public bool IsWordOrCompound(string lowerWord)
    {
        if (_words.Contains(lowerWord))
        {
            return true;
        }

        for (var split = 3; split <= lowerWord.Length - 4; split++)
        {
            var head = lowerWord[..split];
            var tail = lowerWord[split..];
            if (_words.Contains(tail) && (_words.Contains(head)
                || (head.Length > 3 && head[^1] is 's' or 'e' && _words.Contains(head[..^1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some word begins with <paramref name="lowerPrefix"/> and is longer: "børne" (as in "børne- og unge").</summary>
    public bool IsPrefix(string lowerPrefix)
    {
        var at = Array.BinarySearch(_sorted, lowerPrefix, StringComparer.Ordinal);
        var next = at >= 0 ? at + 1 : ~at;
        return next < _sorted.Length && _sorted[next].StartsWith(lowerPrefix, StringComparison.Ordinal);
    }

    /// <summary>Same as <see cref="Contains(string)"/> for a word already in lower case.</summary>
    public bool ContainsLower(string lowerWord) => _words.Contains(lowerWord);
}
