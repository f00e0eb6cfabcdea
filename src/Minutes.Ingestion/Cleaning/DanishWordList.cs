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

    private DanishWordList(FrozenSet<string> words, string path)
    {
        _words = words;
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

    /// <summary>Same as <see cref="Contains(string)"/> for a word already in lower case.</summary>
    public bool ContainsLower(string lowerWord) => _words.Contains(lowerWord);
}
