using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Minutes.Search.Querying;

/// <summary>
/// A query's matches, each scored as the query scores it times (1 + boost) for every preference it is in
/// (decision passages, a period, a body, a municipality, the meeting header). Preferences never decide
/// what matches. A factor, not an added constant: BM25 scores of a ten-word question are ten times
/// those of one word, and a constant that reorders one drowns in the other.
/// </summary>
/// <remarks>
/// The same as a BooleanQuery with the match as MUST and constant-score preferences as SHOULD, but a
/// required clause sends Lucene to its document-at-a-time scorer for the whole tree; kept apart, a
/// question of optional words runs on the window-at-a-time scorer, 1.7 times faster on common words at
/// 10,000 meetings. The preferences are bit sets per segment, kept while the segment lives.
/// </remarks>
internal sealed class PreferenceQuery(Query match, IReadOnlyList<(Query Preference, float Boost)> preferences) : Query
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Query, FixedBitSet>> Sets = new();

    public Query Match => match;

    public IReadOnlyList<(Query Preference, float Boost)> Preferences => preferences;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = match.Rewrite(reader);
        return ReferenceEquals(rewritten, match) ? this : new PreferenceQuery(rewritten, preferences) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => match.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) => new PreferenceWeight(this, match.CreateWeight(searcher));

    public override string ToString(string field) =>
        $"{match.ToString(field)} preferring ({string.Join(", ", preferences.Select(p => $"{p.Preference.ToString(field)}^{p.Boost}"))})";

    public override bool Equals(object? obj) =>
        obj is PreferenceQuery other && other.Match.Equals(match) && other.Preferences.SequenceEqual(preferences) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(match, preferences.Count, Boost);

    /// <summary>The documents of <paramref name="preference"/> in one segment, deletions included (the match excludes those).</summary>
    private static FixedBitSet Set(AtomicReaderContext context, Query preference)
    {
        var perSegment = Sets.GetValue(context.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<Query, FixedBitSet>());
        if (perSegment.Count > 512)
        {
            // Dates and names vary by question; a long-running service must not keep them all.
            perSegment.Clear();
        }

        return perSegment.GetOrAdd(preference, p =>
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            var iterator = new QueryWrapperFilter(p).GetDocIdSet(context, null)?.GetIterator();
            if (iterator is not null)
            {
                bits.Or(iterator);
            }

            return bits;
        });
    }

    private sealed class PreferenceWeight(PreferenceQuery query, Weight match) : Weight
    {
        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => match.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => match.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => match.Normalize(norm, topLevelBoost * query.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var explanation = match.Explain(context, doc);
            if (!explanation.IsMatch)
            {
                return explanation;
            }

            var sum = new ComplexExplanation(true, explanation.Value, "match times preferences");
            sum.AddDetail(explanation);
            foreach (var (preference, boost) in query.Preferences.Where(p => Set(context, p.Preference).Get(doc)))
            {
                sum.Value *= 1 + boost;
                sum.AddDetail(new Explanation(1 + boost, $"preferred: {preference}"));
            }

            return sum;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            match.GetScorer(context, acceptDocs) is { } scorer ? new PreferenceScorer(this, scorer, Sets(context)) : null;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs) =>
            match.GetBulkScorer(context, scoreDocsInOrder, acceptDocs) is { } bulk ? new PreferenceBulkScorer(this, bulk, Sets(context)) : null;

        private (FixedBitSet Set, float Boost)[] Sets(AtomicReaderContext context) =>
            query.Preferences.Select(p => (Set(context, p.Preference), p.Boost)).ToArray();
    }

    /// <summary>Adds the preferences of the document its inner scorer is on.</summary>
    private sealed class PreferenceScorer(Weight weight, Scorer inner, (FixedBitSet Set, float Boost)[] sets) : Scorer(weight)
    {
        public Scorer Inner { get; set; } = inner;

        public override int DocID => Inner.DocID;

        public override int Freq => Inner.Freq;

        public override int NextDoc() => Inner.NextDoc();

        public override int Advance(int target) => Inner.Advance(target);

        public override long GetCost() => Inner.GetCost();

        public override float GetScore()
        {
            var score = Inner.GetScore();
            var doc = Inner.DocID;
            foreach (var (set, boost) in sets)
            {
                if (set.Get(doc))
                {
                    score *= 1 + boost;
                }
            }

            return score;
        }
    }

    private sealed class PreferenceBulkScorer(Weight weight, BulkScorer inner, (FixedBitSet Set, float Boost)[] sets) : BulkScorer
    {
        public override bool Score(ICollector collector, int max) =>
            inner.Score(new PreferenceCollector(collector, new PreferenceScorer(weight, null!, sets)), max);
    }

    /// <summary>Hands the collector a scorer that adds preferences to the scores the bulk scorer reports.</summary>
    private sealed class PreferenceCollector(ICollector collector, PreferenceScorer scorer) : ICollector
    {
        public bool AcceptsDocsOutOfOrder => collector.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer inner)
        {
            scorer.Inner = inner;
            collector.SetScorer(scorer);
        }

        public void Collect(int doc) => collector.Collect(doc);

        public void SetNextReader(AtomicReaderContext context) => collector.SetNextReader(context);
    }
}
