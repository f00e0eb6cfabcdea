using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Search.Analysis;

/// <summary>
/// Drops a token whose term is already at its position, as Lucene's RemoveDuplicatesTokenFilter does:
/// parts and synonyms often stem to a term already there ("serviceloven" and its part "loven" both give
/// "lov"), and must not inflate its frequency. Without a copied array and a hash set per token: a position
/// holds a handful of terms, kept in one reused buffer and compared directly.
/// </summary>
internal sealed class SamePositionDuplicateFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly List<(int Start, int Length)> _seen = [];
    private char[] _seenChars = new char[256];
    private int _seenLength;

    public SamePositionDuplicateFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            ReadOnlySpan<char> term = _term.Buffer.AsSpan(0, _term.Length);
            if (_positionIncrement.PositionIncrement > 0)
            {
                _seen.Clear();
                _seenLength = 0;
            }

            bool duplicate = _positionIncrement.PositionIncrement == 0 && IsSeen(term);
            Remember(term);
            if (!duplicate)
            {
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _seen.Clear();
        _seenLength = 0;
    }

    private bool IsSeen(ReadOnlySpan<char> term)
    {
        foreach (var (start, length) in _seen)
        {
            if (term.SequenceEqual(_seenChars.AsSpan(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    private void Remember(ReadOnlySpan<char> term)
    {
        if (_seenLength + term.Length > _seenChars.Length)
        {
            Array.Resize(ref _seenChars, Math.Max(_seenChars.Length * 2, _seenLength + term.Length));
        }

        term.CopyTo(_seenChars.AsSpan(_seenLength));
        _seen.Add((_seenLength, term.Length));
        _seenLength += term.Length;
    }
}
