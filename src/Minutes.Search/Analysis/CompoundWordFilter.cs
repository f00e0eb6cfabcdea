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
    private readonly Queue<string> _pendingParts = new();
    private State? _state;

    public CompoundWordFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingParts.Count > 0 && _state is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pendingParts.Dequeue());
            _positionIncrement.PositionIncrement = 0;
            _type.Type = PartType;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword || _type.Type == HyphenatedWordFilter.JoinedType || !IsLetters(_term.Buffer.AsSpan(0, _term.Length)))
        {
            return true;
        }

        foreach (string part in _splitter.Split(_term.ToString()))
        {
            _pendingParts.Enqueue(part);
        }

        if (_pendingParts.Count > 0)
        {
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingParts.Clear();
        _state = null;
    }

    private static bool IsLetters(ReadOnlySpan<char> term)
    {
        foreach (char c in term)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
