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

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly Queue<string> _pendingParts = new();
    private State? _state;

    public HyphenatedWordFilter(TokenStream input)
        : base(input)
    {
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
            if (_type.Type == JoinedType)
            {
                _type.Type = MinutesTokenizer.WordType;
            }

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

        string term = _term.ToString();
        if (term.IndexOfAny(Hyphens) < 0)
        {
            return true;
        }

        string[] parts = term.Split(Hyphens, StringSplitOptions.RemoveEmptyEntries);
        foreach (string part in parts)
        {
            if (part.Length > 1)
            {
                _pendingParts.Enqueue(part);
            }
        }

        if (!isNumber)
        {
            _term.SetEmpty().Append(string.Concat(parts));
            _type.Type = JoinedType;
        }

        _state = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingParts.Clear();
        _state = null;
    }
}
