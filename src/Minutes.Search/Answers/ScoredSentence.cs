namespace Minutes.Search.Answers;

/// <summary>A sentence of a source, with how well it answers the question.</summary>
/// <param name="Citation">The source it comes from.</param>
/// <param name="Position">Its place in the source, for keeping the source's order.</param>
/// <param name="Terms">Its analysed terms.</param>
/// <param name="Relevance">How much of the question it (or its item title) covers; 0 means unrelated.</param>
/// <param name="Score">Relevance plus preferences: source rank, decision, names, dates, numbers.</param>
internal sealed record ScoredSentence(Citation Citation, int Position, string Text, HashSet<string> Terms, double Relevance, double Score);
