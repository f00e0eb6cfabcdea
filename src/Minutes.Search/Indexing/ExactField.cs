using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Minutes.Search.Indexing;

/// <summary>
/// A <see cref="StringField"/> (one exact, unanalysed term) that indexes through one token stream per
/// thread. Lucene's StringField builds a new stream with new attributes for every field instance, and
/// attribute creation takes a process-wide lock: with ten exact fields on each of ~25 passages per
/// meeting, that was 6% of indexing CPU and most of its lock contention.
/// </summary>
internal sealed class ExactField : Field
{
    [ThreadStatic]
    private static ExactValueStream? t_stream;

    public ExactField(string name, string value, Store store)
        : base(name, value, store == Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
    {
    }

    /// <summary>
    /// The inverter reads a field's stream to its end and disposes it before it asks the next field for
    /// its stream, on the same thread, so one stream per thread serves them all.
    /// </summary>
    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new ExactValueStream();
        stream.Value = GetStringValue();
        return stream;
    }

    /// <summary>The whole value as one token, offsets 0 to its length: what Lucene's StringField stream gives.</summary>
    private sealed class ExactValueStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private bool _used = true;

        public ExactValueStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public string? Value { get; set; }

        public override bool IncrementToken()
        {
            if (_used || Value is null)
            {
                return false;
            }

            ClearAttributes();
            _term.Append(Value);
            _offset.SetOffset(0, Value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            int end = Value?.Length ?? 0;
            _offset.SetOffset(end, end);
        }

        public override void Reset() => _used = false;

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Value = null;
            }

            base.Dispose(disposing);
        }
    }
}
