using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Search.Analysis;

/// <summary>
/// Splits the text of Danish minutes into tokens as a reader would: words (æøå and accented names
/// such as "René"), numbers and dates as written, paragraph references, e-mail addresses and URLs.
/// </summary>
/// <remarks>
/// <para>Worked examples (token type in brackets):</para>
/// <list type="bullet">
/// <item>"Næstved" → "Næstved" [word]; "KKR's" → "KKR" (the possessive of an abbreviation is the abbreviation).</item>
/// <item>"2.098", "2,26", "35.000-37.000", "10.00-12.00" → unchanged [number]; ranges are split later by <see cref="HyphenatedWordFilter"/>.</item>
/// <item>"26/6", "1/12-2024", "13.11.2025" → unchanged [number].</item>
/// <item>"§ 32" and "§32" → "§32" [section], so either spelling finds the other.</item>
/// <item>"kiris@naestved.dk." → "kiris@naestved.dk" [email]; "https://www.rs17.dk/netvaerksgrupper/born-og-unge/" →
/// "https://www.rs17.dk/netvaerksgrupper/born-og-unge" [url] (trailing punctuation and slash trimmed).</item>
/// <item>"Skole-dagbehandling" → "Skole-dagbehandling" [word]; <see cref="HyphenatedWordFilter"/> adds the parts.</item>
/// </list>
/// <para>Numbers, sections, e-mails and URLs are marked as keywords so later filters (folding,
/// stemming, compound splitting) leave them as written. Tokens longer than <see cref="MaxTokenLength"/>
/// are dropped: they are never words (base64, run-together garbage) and would only bloat the index.</para>
/// The whole field is read into memory on <see cref="Reset"/>; minutes are tens of kilobytes.
/// </remarks>
internal sealed partial class MinutesTokenizer : Tokenizer
{
    public const int MaxTokenLength = 255;

    public const string WordType = "<WORD>";
    public const string NumberType = "<NUMBER>";
    public const string SectionType = "<SECTION>";
    public const string EmailType = "<EMAIL>";
    public const string UrlType = "<URL>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    private string _text = string.Empty;
    private Match? _match;

    public MinutesTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    // Alternatives are tried in order at each position: a URL or e-mail wins over the words inside it,
    // a number wins over a word unless letters follow it ("17b", "2-årig" are words).
    [GeneratedRegex("""
        (?<url>(?:https?://|www\.)[^\s<>"'“”‘’«»()\[\]{}|\\^`]+)
        | (?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})
        | §{1,2}[ \t\u00A0]*(?<section>\p{N}+[a-zæøå]?)(?![\p{L}\p{N}])
        | (?<number>(?>\p{N}+(?:[.,/:]\p{N}+)*(?:[-–]\p{N}+(?:[.,/:]\p{N}+)*)*))(?![\p{L}\p{M}]|-\p{L})
        | (?<word>[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*)(?:['’][sS](?![\p{L}\p{N}]))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_match is { Success: true })
        {
            Match current = _match;
            _match = current.NextMatch();
            if (TrySetToken(current))
            {
                return true;
            }
        }

        return false;
    }

    private bool TrySetToken(Match match)
    {
        Group group;
        string type;
        string? normalized = null;
        if ((group = match.Groups["url"]).Success)
        {
            type = UrlType;
            normalized = group.Value.TrimEnd('.', ',', ';', ':', '!', '?', '/');
        }
        else if ((group = match.Groups["email"]).Success)
        {
            type = EmailType;
        }
        else if ((group = match.Groups["section"]).Success)
        {
            type = SectionType;
            normalized = "§" + group.Value;
            group = match.Groups[0];
        }
        else if ((group = match.Groups["number"]).Success)
        {
            type = NumberType;
        }
        else
        {
            group = match.Groups["word"];
            type = WordType;
        }

        string text = normalized ?? group.Value;
        if (text.Length == 0 || text.Length > MaxTokenLength)
        {
            return false;
        }

        _term.SetEmpty().Append(text);
        _type.Type = type;
        _keyword.IsKeyword = type != WordType;
        int end = normalized is not null && type == UrlType ? group.Index + text.Length : group.Index + group.Length;
        _offset.SetOffset(CorrectOffset(group.Index), CorrectOffset(end));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene.NET's reusable string reader returns null for an empty field.
        _text = m_input.ReadToEnd() ?? string.Empty;
        _match = TokenPattern().Match(_text);
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text = string.Empty;
            _match = null;
        }

        base.Dispose(disposing);
    }
}
