namespace Minutes.Search.Answers;

/// <summary>One content word of a question, analysed as the index analyses text.</summary>
/// <param name="Text">The word as typed (after spelling correction).</param>
/// <param name="Main">The word's own term, e.g. "tovhold" for "tovholder".</param>
/// <param name="Alternatives">Synonyms and compound parts, matched with less weight when they are parts.</param>
/// <param name="Weight">Rarity in the index (IDF), normalised so a question's weights sum to 1.</param>
internal sealed record QuestionWord(string Text, string Main, IReadOnlySet<string> Alternatives, double Weight)
{
    /// <summary>1 for the word or a synonym, 0.6 for only a compound part of it ("døgn" of "døgninstitution"), else 0.</summary>
    public double MatchIn(IReadOnlySet<string> terms)
    {
        if (terms.Contains(Main))
        {
            return 1;
        }

        var best = 0.0;
        foreach (var alternative in Alternatives.Where(terms.Contains))
        {
            best = Math.Max(best, Main.Contains(alternative, StringComparison.Ordinal) ? 0.6 : 1);
        }

        return best;
    }
}
