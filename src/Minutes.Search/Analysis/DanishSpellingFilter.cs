using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Search.Analysis;

/// <summary>
/// Folds the ways Danish letters are typed without a Danish keyboard back to æ, ø and å, so
/// "Sjaelland" finds "Sjælland", "Naestved" finds "Næstved" and "Aalborg" finds "Ålborg".
/// Expects lower-case input; runs before the stemmer, which only knows æøå.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>"ae" and "ä" → "æ": "sjaelland" → "sjælland", "holbaek" → "holbæk".</item>
/// <item>"oe" and "ö" → "ø": "direktoermoede" → "direktørmøde".</item>
/// <item>"aa" → "å": "aabenraa" → "åbenrå", "familieplejehaandbog" → "familieplejehåndbog".</item>
/// <item>"é", "è" → "e": "idé" → "ide", "rené" → "rene".</item>
/// </list>
/// <para>Unlike Lucene's ScandinavianNormalizationFilter this does not fold "ao" → å or "oo" → ø:
/// those are Swedish/Norwegian habits that would turn "facebook" into "facebøk" and "kaos" into "kås".
/// The price is that the odd loanword meets a Danish spelling: "michael" → "michæl" (on both sides, so
/// it still matches itself). Keywords (numbers, e-mails, URLs) are left as written.</para>
/// </remarks>
internal sealed class DanishSpellingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public DanishSpellingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            _term.Length = Fold(_term.Buffer, _term.Length);
        }

        return true;
    }

    /// <summary>Folds a lower-case word; returns it unchanged when there is nothing to fold.</summary>
    public static string Fold(string word)
    {
        char[] buffer = word.ToCharArray();
        int length = Fold(buffer, buffer.Length);
        return length == word.Length && buffer.AsSpan().SequenceEqual(word) ? word : new string(buffer, 0, length);
    }

    /// <summary>Folds <paramref name="length"/> chars of <paramref name="buffer"/> in place; returns the new length.</summary>
    public static int Fold(char[] buffer, int length)
    {
        int write = 0;
        for (int read = 0; read < length; read++)
        {
            char c = buffer[read];
            if (c is 'a' or 'o' && read + 1 < length)
            {
                char pair = (c, buffer[read + 1]) switch
                {
                    ('a', 'e') => 'æ',
                    ('o', 'e') => 'ø',
                    ('a', 'a') => 'å',
                    _ => '\0',
                };

                if (pair != '\0')
                {
                    buffer[write++] = pair;
                    read++;
                    continue;
                }
            }

            buffer[write++] = c switch
            {
                'ä' => 'æ',
                'ö' => 'ø',
                'é' or 'è' => 'e',
                _ => c,
            };
        }

        return write;
    }
}
