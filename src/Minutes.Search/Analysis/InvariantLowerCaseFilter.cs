using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Search.Analysis;

/// <summary>
/// Lower-cases tokens exactly as Lucene's LowerCaseFilter does (culture-invariant: "ÆRØ" → "ærø",
/// "İ" stays "İ"), without its detour through a new string and ICU case mapping for every token.
/// </summary>
/// <remarks>
/// ASCII and Latin-1 letters (æøå) are mapped directly, other BMP characters with <see cref="char.ToLowerInvariant"/>
/// (the same simple case mapping the string method applies per character), and a token holding a
/// surrogate pair (rare: historic scripts, mathematical letters) goes through
/// <see cref="string.ToLowerInvariant"/>, which maps the pair as one code point.
/// </remarks>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        ToLower(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    /// <summary>Lower-cases <paramref name="chars"/> in place; the length never changes.</summary>
    public static void ToLower(Span<char> chars)
    {
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c < 0x100)
            {
                // ASCII A-Z and Latin-1 À-Þ (Æ, Ø, Å, É; not ×) are 0x20 below their lower case.
                if (c is (>= 'A' and <= 'Z') or (>= 'À' and <= 'Þ' and not '×'))
                {
                    chars[i] = (char)(c + 0x20);
                }
            }
            else if (char.IsSurrogate(c))
            {
                string lower = new string(chars[i..]).ToLowerInvariant();
                lower.AsSpan().CopyTo(chars[i..]);
                return;
            }
            else
            {
                chars[i] = char.ToLowerInvariant(c);
            }
        }
    }
}
