using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Counts every match by body, year, kind and municipality, alongside the top-hits collector (wrap both
/// with <see cref="MultiCollector"/>), so facets cover all matches. Counts per segment by ordinal (from
/// <see cref="SegmentFacetValues"/>, in memory) and turns ordinals into values once per segment.
/// </summary>
/// <param name="byItem">
/// Count agenda items, as a grouped search's total does, instead of passages: an item counts once in its
/// body, year and municipalities, and once in each kind among its matching passages, so a filter's count
/// is the number of results it gives. An item never spans two segments (see <see cref="GroupCounter"/>).
/// </param>
internal sealed class FacetCollector(bool byItem = false) : ICollector
{
    private readonly Dictionary<string, int> _body = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _year = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _municipality = new(StringComparer.Ordinal);
    private SegmentCounts? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = new SegmentCounts(
            SegmentFacetValues.For(context.AtomicReader),
            byItem ? context.AtomicReader.GetSortedDocValues(IndexFields.Group) : null);
    }

    public void Collect(int doc) => _segment?.Collect(doc);

    public SearchFacets Result()
    {
        Flush();
        return new SearchFacets
        {
            Body = Sorted(_body),
            Year = _year.OrderByDescending(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
            Kind = Sorted(_kind),
            Municipality = Sorted(_municipality),
        };
    }

    private static Dictionary<string, int> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        var values = _segment.Values;
        var files = _segment.Files;
        for (var file = 0; file < files.Length; file++)
        {
            if (files[file] > 0)
            {
                var passage = values.File.LastDoc(file);
                values.Body.Count(passage, _segment.Body, files[file]);
                values.Year.Count(passage, _segment.Year, files[file]);
                values.Municipality.Count(passage, _segment.Municipality, files[file]);
            }
        }

        AddTo(_body, values.Body, _segment.Body);
        AddTo(_year, values.Year, _segment.Year);
        AddTo(_kind, values.Kind, _segment.Kind);
        AddTo(_municipality, values.Municipality, _segment.Municipality);
        _segment = null;
    }

    private static void AddTo(Dictionary<string, int> totals, SegmentFacetValues.FieldValues field, int[] counts)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                var key = field.Values[ord];
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
        }
    }

    /// <summary>Ordinal counts of the four fields in one segment.</summary>
    private sealed class SegmentCounts(SegmentFacetValues values, SortedDocValues? groups)
    {
        private readonly FixedBitSet? _itemSeen = groups is null ? null : new FixedBitSet(Math.Max(1, groups.ValueCount));
        private readonly HashSet<(int Item, int Kind)>? _kindSeen = groups is null ? null : [];

        public SegmentFacetValues Values { get; } = values;
        public int[] Body { get; } = new int[values.Body.Values.Count];
        public int[] Year { get; } = new int[values.Year.Values.Count];
        public int[] Kind { get; } = new int[values.Kind.Values.Count];
        public int[] Municipality { get; } = new int[values.Municipality.Values.Count];

        /// <summary>Matches per source file, turned into body, year and municipality counts at the end.</summary>
        public int[] Files { get; } = new int[values.File.Values.Count];

        /// <summary>Every indexed document carries its file id (<see cref="IndexFields.FileId"/>).</summary>
        public void Collect(int doc)
        {
            var item = groups?.GetOrd(doc) ?? -1;
            if (item < 0)
            {
                // Passages, or a passage that is a result of its own (a meeting header).
                Values.Kind.Count(doc, Kind);
                Values.File.Count(doc, Files);
                return;
            }

            if (!_itemSeen!.GetAndSet(item))
            {
                Values.File.Count(doc, Files);
            }

            foreach (var kind in Values.Kind.Ords(doc))
            {
                if (_kindSeen!.Add((item, kind)))
                {
                    Kind[kind]++;
                }
            }
        }
    }
}
