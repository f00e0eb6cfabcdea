using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Minutes.Search.Analysis;

/// <summary>
/// Lucene's SnowballFilter with the Danish stemmer ("undersøgelse" → "undersøg"), remembering each word's
/// stem: minutes repeat their vocabulary, so after the first pages nearly every word is a lookup.
/// Keywords (numbers, e-mails, URLs) are left as they are, as SnowballFilter leaves them.
/// </summary>
internal sealed class CachedStemFilter : TokenFilter
{
    /// <summary>Bounds the memory of a cache shared by all the analyzer's threads; later words are stemmed each time.</summary>
    public const int MaxCachedWords = 200_000;

    private readonly DanishStemmer _stemmer = new();
    private readonly ConcurrentDictionary<string, string> _stems;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    /// <param name="input">The stream to stem.</param>
    /// <param name="stems">Word → stem, shared by every stream of one analyzer (ordinal keys).</param>
    public CachedStemFilter(TokenStream input, ConcurrentDictionary<string, string> stems)
        : base(input)
    {
        _stems = stems;
        _lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        ReadOnlySpan<char> word = _term.Buffer.AsSpan(0, _term.Length);
        if (!_lookup.TryGetValue(word, out string? stem))
        {
            _stemmer.SetCurrent(_term.Buffer, _term.Length);
            _stemmer.Stem();
            stem = new string(_stemmer.CurrentBuffer, 0, _stemmer.CurrentBufferLength);
            if (_stems.Count < MaxCachedWords)
            {
                _stems.TryAdd(word.ToString(), stem);
            }
        }

        stem.AsSpan().CopyTo(_term.ResizeBuffer(stem.Length));
        _term.Length = stem.Length;
        return true;
    }
}
