using Lucene.Net.Search;

namespace Minutes.Search.Querying;

/// <summary>The Lucene query for an <see cref="InterpretedQuery"/> and what the response needs to explain it.</summary>
/// <param name="Query">What decides the matches and their first score; null when nothing is left to search.</param>
/// <param name="HighlightTerms">Analysed terms to mark in snippets.</param>
/// <param name="Corrections">Words neither Danish nor in the index, searched as typed and as their closest indexed spelling.</param>
/// <param name="Suggestions">Every correction found, also for Danish words the index lacks: offered as "Mente du ...?", for those never searched.</param>
/// <param name="Searched">The words and phrases searched, as shown in InterpretedAs.</param>
/// <param name="PartTerms">
/// Highlight terms the query has only as compound parts ("døgn" of "Døgndiamanten"): they mark a word
/// standing alone, not the same part inside another compound ("døgninstitutionen").
/// </param>
/// <param name="Bonus">
/// Optional clauses that only add to the score of a match (the words close together, decision words):
/// scored for the best matches only, see <see cref="Rescoring"/>. Null when there are none.
/// </param>
internal sealed record BuiltQuery(
    Query? Query,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<Correction> Suggestions,
    IReadOnlyList<string> Searched,
    IReadOnlySet<string>? PartTerms = null,
    Query? Bonus = null);
