using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Search.Analysis;

/// <summary>
/// Adds the parts of a Danish compound after it, at the same position, using a <see cref="CompoundSplitter"/>.
/// The whole word stays the first token, so a document with "plejefamiliehåndbog" matches both the
/// compound and its parts and ranks above one that only has "håndbog".
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>"døgninstitutionerne" → "døgninstitutionerne", "døgn", "institutionerne" (the stemmer then gives "institution").</item>
/// <item>"hollænderhuset" → "hollænderhuset", "hollænder", "huset": the query "Hollænder huset" finds it,
/// and the same split at query time lets "Hollænderhuset" find "Hollænder huset".</item>
/// <item>"næstved", "kommune" → unchanged (a name; not a compound).</item>
/// </list>
/// Keywords (numbers, URLs), words joined from a hyphenated spelling (their parts are split instead)
/// and tokens with anything but letters are passed through.
/// </remarks>
internal sealed class CompoundWordFilter : TokenFilter
{
    /// <summary>The token type of an emitted part, so queries can weigh parts below the whole word.</summary>
    public const string PartType = "compound_part";

    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly IOffsetAttribute _offset;
    private string[] _parts = [];
    private int _nextPart;
    private int _startOffset;
    private int _endOffset;

    public CompoundWordFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_nextPart < _parts.Length)
        {
            // A part follows its word straight away, so every attribute not set here (keyword, position
            // length, flags) still holds the word's value; only what later filters or parts change is set.
            _term.SetEmpty().Append(_parts[_nextPart++]);
            _positionIncrement.PositionIncrement = 0;
            _type.Type = PartType;
            _offset.SetOffset(_startOffset, _endOffset);
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword || _type.Type == HyphenatedWordFilter.JoinedType || !CompoundSplitter.IsLetters(_term.Buffer.AsSpan(0, _term.Length)))
        {
            return true;
        }

        _parts = _splitter.Split(_term.Buffer.AsSpan(0, _term.Length));
        _nextPart = 0;
        if (_parts.Length > 0)
        {
            _startOffset = _offset.StartOffset;
            _endOffset = _offset.EndOffset;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts = [];
        _nextPart = 0;
    }
}
