using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Search.Analysis;

/// <summary>
/// Indexes a hyphenated word whole and by its parts, all at the same position, so "skoledagbehandling",
/// "skole-dagbehandling" and "dagbehandling" find one another.
/// </summary>
/// <remarks>
/// <para>Words are joined without the hyphen, because Danish writes the same compound both ways:</para>
/// <list type="bullet">
/// <item>"skole-dagbehandling" → "skoledagbehandling", "skole", "dagbehandling".</item>
/// <item>"kkr-netværket" → "kkrnetværket", "kkr", "netværket".</item>
/// <item>"e-boks" → "eboks", "boks" (one-letter parts are dropped).</item>
/// </list>
/// <para>Number ranges keep their hyphen, because "35.00037.000" would be nonsense:</para>
/// <list type="bullet">
/// <item>"35.000-37.000" → "35.000-37.000", "35.000", "37.000".</item>
/// <item>"1/12-2024" → "1/12-2024", "1/12", "2024".</item>
/// </list>
/// The joined word gets the type <see cref="JoinedType"/> so <see cref="CompoundWordFilter"/> does not
/// split it again (its parts are split instead). E-mails and URLs are keywords and are left whole.
/// </remarks>
internal sealed class HyphenatedWordFilter : TokenFilter
{
    public const string JoinedType = "<HYPHENATED>";

    private static readonly char[] Hyphens = ['-', '‐', '‑', '–'];
    private static readonly System.Buffers.SearchValues<char> HyphenValues = System.Buffers.SearchValues.Create(Hyphens);

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly IOffsetAttribute _offset;
    private readonly List<string> _parts = [];
    private int _nextPart;
    private string _partType = MinutesTokenizer.WordType;
    private bool _partIsKeyword;
    private int _startOffset;
    private int _endOffset;

    public HyphenatedWordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_nextPart < _parts.Count)
        {
            // Later filters may have emitted parts of their own in between (compound parts), so the
            // attributes they change are set again; the rest still hold the whole token's values.
            _term.SetEmpty().Append(_parts[_nextPart++]);
            _positionIncrement.PositionIncrement = 0;
            _type.Type = _partType;
            _keyword.IsKeyword = _partIsKeyword;
            _offset.SetOffset(_startOffset, _endOffset);
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        bool isNumber = _type.Type == MinutesTokenizer.NumberType;
        if (_keyword.IsKeyword && !isNumber)
        {
            return true;
        }

        if (_term.Buffer.AsSpan(0, _term.Length).IndexOfAny(HyphenValues) < 0)
        {
            return true;
        }

        string[] parts = _term.ToString().Split(Hyphens, StringSplitOptions.RemoveEmptyEntries);
        _parts.Clear();
        _nextPart = 0;
        foreach (string part in parts)
        {
            if (part.Length > 1)
            {
                _parts.Add(part);
            }
        }

        // Parts of a joined word are words; parts of a number range stay numbers.
        _partType = isNumber ? _type.Type : MinutesTokenizer.WordType;
        _partIsKeyword = _keyword.IsKeyword;
        _startOffset = _offset.StartOffset;
        _endOffset = _offset.EndOffset;
        if (!isNumber)
        {
            _term.SetEmpty().Append(string.Concat(parts));
            _type.Type = JoinedType;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _nextPart = 0;
    }
}
