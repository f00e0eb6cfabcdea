using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Counts the agenda items (<see cref="IndexFields.Group"/>) among all matches, beside the top-hits
/// collector, so a grouped response's total counts items, not passages. Counted per segment by
/// ordinal: a file's passages are written as one block (<c>UpdateDocuments</c>), so an item never
/// spans two segments and the per-segment counts add up.
/// </summary>
internal sealed class GroupCounter : ICollector
{
    private SortedDocValues? _groups;
    private FixedBitSet? _seen;

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _groups = context.AtomicReader.GetSortedDocValues(IndexFields.Group);
        _seen = _groups is null ? null : new FixedBitSet(Math.Max(1, _groups.ValueCount));
    }

    public void Collect(int doc)
    {
        if (_groups is null)
        {
            Count++;
            return;
        }

        var ord = _groups.GetOrd(doc);
        if (ord < 0)
        {
            Count++;
        }
        else
        {
            _seen!.Set(ord);
        }
    }

    /// <summary>The count, once the search is done.</summary>
    public int Result()
    {
        Flush();
        return Count;
    }

    private void Flush()
    {
        if (_seen is not null)
        {
            Count += _seen.Cardinality;
            _seen = null;
        }
    }
}
