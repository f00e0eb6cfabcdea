using Lucene.Net.Search;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Adds a query's bonus clauses (<see cref="BuiltQuery.Bonus"/>: its words close together, decision
/// words) to the best first-pass matches only, and orders them again.
/// </summary>
/// <remarks>
/// The bonus clauses are sloppy phrases over words found in most passages: scored for every match they
/// cost more than the match itself, and made questions of common words ten times slower at 10,000
/// meetings. Scores add up (BM25's query norm is 1), so a passage in the pool gets exactly the score the
/// whole query would give it; what is lost is a passage outside the pool that the bonus alone would
/// have lifted onto the page.
/// </remarks>
internal static class Rescoring
{
    /// <summary>
    /// Score first, then the passage id: equal scores (a decision found only through its item's title)
    /// would otherwise come in index order, which parallel indexing leaves to chance.
    /// </summary>
    public static readonly Sort Ranking = new(SortField.FIELD_SCORE, new SortField(IndexFields.PassageId, SortFieldType.STRING));

    /// <summary>
    /// Adds <paramref name="bonus"/>'s score to each of <paramref name="pool"/> (from a collector sorted
    /// by <see cref="Ranking"/>, with fields filled) and sorts them the same way again.
    /// </summary>
    public static FieldDoc[] Rescore(IndexSearcher searcher, FieldDoc[] pool, Query bonus)
    {
        var weight = searcher.CreateNormalizedWeight(bonus);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var end = 0;
        var docBase = 0;
        Scorer? scorer = null;
        var byDoc = pool.OrderBy(h => h.Doc).ToArray();
        foreach (var hit in byDoc)
        {
            while (hit.Doc >= end)
            {
                var context = leaves[++leaf];
                docBase = context.DocBase;
                end = docBase + context.Reader.MaxDoc;
                // Only the pool's documents are accepted: a sloppy phrase otherwise works out its
                // positions in every document between two of them that holds all its words.
                var accepted = new FixedBitSet(context.Reader.MaxDoc);
                foreach (var member in byDoc.Where(h => h.Doc >= docBase && h.Doc < end))
                {
                    accepted.Set(member.Doc - docBase);
                }

                scorer = weight.GetScorer(context, accepted);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = hit.Doc - docBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (at == target)
            {
                hit.Score += scorer.GetScore();
            }
        }

        Array.Sort(pool, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : ComparePassageIds(a, b));
        return pool;
    }

    private static int ComparePassageIds(FieldDoc a, FieldDoc b) => (a.Fields[1], b.Fields[1]) switch
    {
        (BytesRef x, BytesRef y) => BytesRef.UTF8SortedAsUnicodeComparer.Compare(x, y),
        (null, not null) => -1,
        (not null, null) => 1,
        _ => a.Doc.CompareTo(b.Doc),
    };
}
