namespace Minutes.Search.Analysis;

/// <summary>
/// Whether a typed word is Danish: in the Danish word list (wdanish, as the <see cref="CompoundSplitter"/>
/// holds it), a form hunspell-da's suffix rules make from one of its stems (<see cref="HunspellForms"/>),
/// a stop word, or a compound of listed words. The spelling correction leaves such a word alone even
/// when the index lacks it: "indkaldte", "deltog", "skaffe" and "højst" are words, not typos.
/// </summary>
public sealed class DanishLexicon(CompoundSplitter splitter, HunspellForms? hunspell, bool fold)
{
    /// <summary>Whether the lower-case <paramref name="word"/> is a Danish word (see the class remarks).</summary>
    public bool Knows(string word)
    {
        var lower = word.ToLowerInvariant();
        var folded = fold ? DanishSpellingFilter.Fold(lower) : lower;
        return DanishAnalysis.StopWords.Contains(lower)
               || splitter.IsWord(folded)
               || hunspell?.Knows(lower) == true
               || (folded != lower && hunspell?.Knows(folded) == true)
               || splitter.Split(folded).Count > 0;
    }
}
