namespace Minutes.Search.Analysis;

/// <summary>
/// Whether a typed word is Danish: in the Danish word list (wdanish, as the <see cref="CompoundSplitter"/>
/// holds it), a form hunspell-da's suffix rules make from one of its stems (<see cref="HunspellForms"/>),
/// a stop word, or a compound of listed words. The spelling correction leaves such a word alone even
/// when the index lacks it: "indkaldte", "deltog", "skaffe" and "højst" are words, not typos.
/// </summary>
public sealed class DanishLexicon(CompoundSplitter splitter, HunspellForms? hunspell, DanishThesaurus? thesaurus, bool fold)
{
    /// <summary>
    /// Words of the thesaurus for a typed word (lower-case), looked up under the word and under each of its
    /// hunspell-da stems: "raketter" → "raket" → "løfteraket", "signalraket", ...
    /// </summary>
    public IReadOnlyList<string> Synonyms(string word)
    {
        if (thesaurus is null)
        {
            return [];
        }

        var lower = word.ToLowerInvariant();
        var lemmas = new List<string> { lower };
        if (hunspell is not null)
        {
            lemmas.AddRange(hunspell.Lemmas(lower));
        }

        return lemmas.Distinct().SelectMany(thesaurus.Synonyms).Where(s => s != lower).Distinct().ToList();
    }

    /// <summary>The hunspell-da stems of a lower-case word other than itself: "deltog" → "deltage"; empty without hunspell-da.</summary>
    public IReadOnlyList<string> Lemmas(string word) =>
        hunspell is null ? [] : hunspell.Lemmas(word).Where(l => l != word).Distinct().ToList();

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
