using Lucene.Net.Search.Similarities;

namespace Minutes.Search.Indexing;

/// <summary>
/// BM25 with Lucene's classic coordination factor put back: a passage scores the share of the
/// question's words it contains, so one with "institutioner" and "kapacitetspres" ranks above one
/// whose title happens to hold only "døgninstitutionen". Queries switch it off (<c>new BooleanQuery(true)</c>)
/// where clauses are alternatives of one word (synonyms, compound parts) rather than separate words.
/// Norms are BM25's, so the writer and the searchers agree.
/// </summary>
internal sealed class MinutesSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 ? 1f : (float)overlap / maxOverlap;
}
