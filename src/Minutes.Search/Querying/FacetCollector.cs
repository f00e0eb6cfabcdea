using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Counts every matching passage by body, year, kind and municipality from doc values, alongside the
/// top-hits collector (wrap both with <see cref="MultiCollector"/>), so facets cover all matches.
/// Counts per segment by ordinal and turns ordinals into values once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
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
        var reader = context.AtomicReader;
        _segment = new SegmentCounts(
            Single.For(reader.GetSortedDocValues(IndexFields.Body)),
            Single.For(reader.GetSortedDocValues(IndexFields.Year)),
            Single.For(reader.GetSortedDocValues(IndexFields.Kind)),
            reader.GetSortedSetDocValues(IndexFields.Municipality));
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

        _segment.Body?.AddTo(_body);
        _segment.Year?.AddTo(_year);
        _segment.Kind?.AddTo(_kind);
        if (_segment.Municipality is { } values)
        {
            var scratch = new BytesRef();
            for (var ord = 0; ord < _segment.MunicipalityCounts.Length; ord++)
            {
                if (_segment.MunicipalityCounts[ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    _municipality[key] = _municipality.GetValueOrDefault(key) + _segment.MunicipalityCounts[ord];
                }
            }
        }

        _segment = null;
    }

    /// <summary>Ordinal counts of one single-valued field in one segment.</summary>
    private sealed class Single(SortedDocValues values)
    {
        private readonly int[] _counts = new int[values.ValueCount];

        public static Single? For(SortedDocValues? values) => values is null ? null : new Single(values);

        public void Collect(int doc)
        {
            var ord = values.GetOrd(doc);
            if (ord >= 0)
            {
                _counts[ord]++;
            }
        }

        public void AddTo(Dictionary<string, int> totals)
        {
            var scratch = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + _counts[ord];
                }
            }
        }
    }

    private sealed class SegmentCounts(Single? body, Single? year, Single? kind, SortedSetDocValues? municipality)
    {
        public Single? Body { get; } = body;
        public Single? Year { get; } = year;
        public Single? Kind { get; } = kind;
        public SortedSetDocValues? Municipality { get; } = municipality;
        public int[] MunicipalityCounts { get; } = new int[municipality?.ValueCount ?? 0];

        public void Collect(int doc)
        {
            Body?.Collect(doc);
            Year?.Collect(doc);
            Kind?.Collect(doc);
            if (Municipality is { } values)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    MunicipalityCounts[ord]++;
                }
            }
        }
    }
}
