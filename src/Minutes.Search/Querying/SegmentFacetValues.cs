using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// The facet fields of one segment held in memory: for each document the ordinals of its body, year,
/// kind and municipalities, and each ordinal's value. Built once per segment (segments never change;
/// deletions do not matter because only live matches are counted) by walking the postings of the
/// fields' few terms, and cached on the segment's core.
/// </summary>
/// <remarks>
/// Why not doc values: they stay on disk, and with <see cref="Lucene.Net.Store.NIOFSDirectory"/> (no
/// memory mapping in this Lucene.Net release) every per-document lookup is a file read, which made
/// facet counting the largest cost of a search over many matches.
/// </remarks>
internal sealed class SegmentFacetValues
{
    private static readonly ConditionalWeakTable<object, SegmentFacetValues> Cache = new();

    private SegmentFacetValues(AtomicReader reader)
    {
        Body = new FieldValues(reader, IndexFields.Body);
        Year = new FieldValues(reader, IndexFields.Year);
        Kind = new FieldValues(reader, IndexFields.Kind);
        Municipality = new FieldValues(reader, IndexFields.Municipality);
        File = new FieldValues(reader, IndexFields.FileId);
    }

    public FieldValues Body { get; }

    public FieldValues Year { get; }

    public FieldValues Kind { get; }

    public FieldValues Municipality { get; }

    /// <summary>
    /// The source file of each document. Body, year and municipalities are the meeting's, the same for
    /// every passage of a file, so matches are counted per file and the file's values added once.
    /// </summary>
    public FieldValues File { get; }

    public static SegmentFacetValues For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacetValues(reader));

    /// <summary>One field: document → ordinals in compressed-row form, ordinal → value.</summary>
    internal sealed class FieldValues
    {
        private readonly int[] _start;
        private readonly int[] _ords;
        private readonly int[] _lastDoc;

        public FieldValues(AtomicReader reader, string field)
        {
            var values = new List<string>();
            var postings = new List<int[]>();
            var perDoc = new int[reader.MaxDoc + 1];
            var terms = reader.GetTerms(field);
            if (terms is not null)
            {
                var termsEnum = terms.GetEnumerator();
                DocsEnum? docs = null;
                var list = new List<int>();
                while (termsEnum.MoveNext())
                {
                    values.Add(termsEnum.Term.Utf8ToString());
                    docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                    list.Clear();
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        list.Add(doc);
                        perDoc[doc + 1]++;
                    }

                    postings.Add([.. list]);
                }
            }

            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                perDoc[doc + 1] += perDoc[doc];
            }

            _start = perDoc;
            _lastDoc = postings.Select(p => p.Length > 0 ? p[^1] : -1).ToArray();
            _ords = new int[perDoc[reader.MaxDoc]];
            var filled = new int[reader.MaxDoc];
            for (var ord = 0; ord < postings.Count; ord++)
            {
                foreach (var doc in postings[ord])
                {
                    _ords[_start[doc] + filled[doc]++] = ord;
                }
            }

            Values = values;
        }

        /// <summary>The value of each ordinal, in term order.</summary>
        public IReadOnlyList<string> Values { get; }

        /// <summary>Adds <paramref name="times"/> to <paramref name="counts"/> at each ordinal of <paramref name="doc"/>.</summary>
        public void Count(int doc, int[] counts, int times = 1)
        {
            for (var i = _start[doc]; i < _start[doc + 1]; i++)
            {
                counts[_ords[i]] += times;
            }
        }

        /// <summary>The ordinals of <paramref name="doc"/>.</summary>
        public ReadOnlySpan<int> Ords(int doc) => _ords.AsSpan(_start[doc], _start[doc + 1] - _start[doc]);

        /// <summary>
        /// The last document holding <paramref name="ord"/>: of a file, a passage of its latest version
        /// (a file's record comes first and a newer version is added after an older one).
        /// </summary>
        public int LastDoc(int ord) => _lastDoc[ord];
    }
}
