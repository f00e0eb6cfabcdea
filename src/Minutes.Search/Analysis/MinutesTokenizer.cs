using System.Globalization;
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
/// The whole field is read into memory and matched on <see cref="Reset"/>; minutes are tens of kilobytes.
/// Matches are enumerated without Match objects or captured groups (a third of the cost), so which
/// alternative matched is read off the matched text instead; <see cref="Classify"/> says how.
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

    private static readonly char[] UrlTrailing = ['.', ',', ';', ':', '!', '?', '/'];

    private string _text = string.Empty;

    /// <summary>Start and length of every match of the field, found on <see cref="Reset"/>.</summary>
    private int[] _matches = new int[256];
    private int _matchCount;
    private int _nextMatch;

    public MinutesTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    // Alternatives are tried in order at each position: a URL or e-mail wins over the words inside it,
    // a number wins over a word unless letters follow it ("17b", "2-årig" are words). Internal for the
    // test that replays it with its named groups.
    [GeneratedRegex("""
        (?<url>(?:https?://|www\.)[^\s<>"'“”‘’«»()\[\]{}|\\^`]+)
        | (?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})
        | §{1,2}[ \t\u00A0]*(?<section>\p{N}+[a-zæøå]?)(?![\p{L}\p{N}])
        | (?<number>(?>\p{N}+(?:[.,/:]\p{N}+)*(?:[-–]\p{N}+(?:[.,/:]\p{N}+)*)*))(?![\p{L}\p{M}]|-\p{L})
        | (?<word>[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*)(?:['’][sS](?![\p{L}\p{N}]))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    internal static partial Regex TokenPattern();

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_nextMatch < _matchCount)
        {
            int index = _matches[2 * _nextMatch];
            int length = _matches[(2 * _nextMatch) + 1];
            _nextMatch++;
            if (TrySetToken(index, length))
            {
                return true;
            }
        }

        return false;
    }

    private bool TrySetToken(int index, int length)
    {
        ReadOnlySpan<char> match = _text.AsSpan(index, length);
        string type = Classify(match);
        ReadOnlySpan<char> text = match;
        bool isSection = false;
        switch (type)
        {
            case UrlType:
                text = match.TrimEnd(UrlTrailing);
                break;
            case SectionType:
                // "§ 32" → "§32": the digits after the sign(s) and blanks, written with one sign.
                text = match.TrimStart('§').TrimStart(" \t\u00A0");
                isSection = true;
                break;
            case WordType when length > 2 && match[^2] is '\'' or '’' && match[^1] is 's' or 'S':
                // The possessive "KKR's" is not part of the word.
                text = match[..^2];
                break;
        }

        int termLength = isSection ? text.Length + 1 : text.Length;
        if (text.Length == 0 || termLength > MaxTokenLength)
        {
            return false;
        }

        char[] buffer = _term.ResizeBuffer(termLength);
        if (isSection)
        {
            buffer[0] = '§';
            text.CopyTo(buffer.AsSpan(1));
        }
        else
        {
            text.CopyTo(buffer);
        }

        _term.Length = termLength;
        _type.Type = type;
        _keyword.IsKeyword = type != WordType;
        // A section's offsets span the whole "§ 32"; a URL's end after the trimmed text.
        int end = isSection ? index + length : index + text.Length;
        _offset.SetOffset(CorrectOffset(index), CorrectOffset(end));
        return true;
    }

    /// <summary>
    /// Which alternative of <see cref="TokenPattern"/> produced <paramref name="match"/>. Only the
    /// alternatives' own characters can tell them apart: "§" starts only a section; "http://", "https://"
    /// and "www." only a URL (tried first, it takes any such match); "@" is only in e-mails and URLs; a
    /// match with anything but digits and number separators is a word. A match of digits and separators
    /// is a number, unless the number alternative failed there and the word alternative matched a shorter
    /// piece ("1.5a" gives the word "1", then "5a"): <see cref="IsNumberAt"/> replays that alternative.
    /// </summary>
    private string Classify(ReadOnlySpan<char> match)
    {
        if (match[0] == '§')
        {
            return SectionType;
        }

        if (match.StartsWith("http://", StringComparison.Ordinal) || match.StartsWith("https://", StringComparison.Ordinal)
            || match.StartsWith("www.", StringComparison.Ordinal))
        {
            return UrlType;
        }

        if (match.Contains('@'))
        {
            return EmailType;
        }

        foreach (char c in match)
        {
            if (!char.IsNumber(c) && !IsNumberSeparator(c))
            {
                return WordType;
            }
        }

        int start = _matches[2 * (_nextMatch - 1)];
        return IsNumberAt(start, match.Length) ? NumberType : WordType;
    }

    /// <summary>
    /// Whether the number alternative matches exactly <paramref name="length"/> characters at
    /// <paramref name="start"/>: digits joined by single separators, taken greedily and atomically, and
    /// not followed by a letter, a mark or "-" and a letter.
    /// </summary>
    private bool IsNumberAt(int start, int length)
    {
        ReadOnlySpan<char> text = _text;
        int i = start;
        while (i < text.Length && char.IsNumber(text[i]))
        {
            i++;
        }

        while (i + 1 < text.Length && IsNumberSeparator(text[i]) && char.IsNumber(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsNumber(text[i]))
            {
                i++;
            }
        }

        if (i - start != length)
        {
            return false;
        }

        bool letterFollows = i < text.Length
            && (IsLetterOrMark(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])));
        return !letterFollows;
    }

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or '/' or ':' or '-' or '–';

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    public override void Reset()
    {
        base.Reset();
        // Lucene.NET's reusable string reader returns null for an empty field.
        _text = m_input.ReadToEnd() ?? string.Empty;
        _matchCount = 0;
        _nextMatch = 0;
        foreach (ValueMatch match in TokenPattern().EnumerateMatches(_text))
        {
            if (2 * (_matchCount + 1) > _matches.Length)
            {
                Array.Resize(ref _matches, _matches.Length * 2);
            }

            _matches[2 * _matchCount] = match.Index;
            _matches[(2 * _matchCount) + 1] = match.Length;
            _matchCount++;
        }
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
            _matchCount = 0;
            _nextMatch = 0;
        }

        base.Dispose(disposing);
    }
}
