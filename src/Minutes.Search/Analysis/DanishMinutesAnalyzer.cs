using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace Minutes.Search.Analysis;

/// <summary>
/// The Danish chain for minutes, one ordered pipeline; <see cref="DanishAnalysis"/> builds one for
/// indexing and one (with synonyms) for queries.
/// </summary>
/// <remarks>
/// Order and why:
/// <list type="number">
/// <item><see cref="MinutesTokenizer"/>: words, numbers, dates, "§32", e-mails, URLs.</item>
/// <item><see cref="InvariantLowerCaseFilter"/>: Lucene's LowerCaseFilter without its per-token string.</item>
/// <item><see cref="DanishSpellingFilter"/> (Folding): "sjaelland" → "sjælland" before anything looks words up,
/// so stop words ("paa" → "på"), the word list and the stemmer all see æøå.</item>
/// <item>SynonymFilter (query side only): before anything stacks tokens or removes stop words, which
/// SynonymFilter cannot handle; its output runs through the rest of the chain like any query word.</item>
/// <item><see cref="HyphenatedWordFilter"/>: "skole-dagbehandling" → "skoledagbehandling" + parts.</item>
/// <item>StopFilter (Danish stop set): after hyphen parts so "born-og-unge" loses "og".</item>
/// <item><see cref="CompoundWordFilter"/> (Compounds): on unstemmed words, because the word list holds surface forms.</item>
/// <item><see cref="CachedStemFilter"/>, the Danish Snowball stemmer (Stemming): on words and parts alike; keywords are skipped.</item>
/// <item><see cref="SamePositionDuplicateFilter"/>: drops a term repeated at one position, so parts do not inflate term frequency.</item>
/// </list>
/// </remarks>
internal sealed class DanishMinutesAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisOptions _options;
    private readonly CompoundSplitter _splitter;
    private readonly SynonymMap? _synonyms;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    public DanishMinutesAnalyzer(AnalysisOptions options, CompoundSplitter splitter, SynonymMap? synonyms)
    {
        _options = options;
        _splitter = splitter;
        _synonyms = synonyms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new MinutesTokenizer(reader);
        TokenStream stream = Normalize(tokenizer, _options.Folding);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        }

        stream = new HyphenatedWordFilter(stream);
        stream = new StopFilter(Version, stream, DanishAnalyzer.DefaultStopSet);
        if (_options.Compounds && _splitter.WordCount > 0)
        {
            stream = new CompoundWordFilter(stream, _splitter);
        }

        if (_options.Stemming)
        {
            stream = new CachedStemFilter(stream, _stems);
        }

        // Parts and synonyms often stem to a term already at that position ("serviceloven", "servicelovens").
        stream = new SamePositionDuplicateFilter(stream);

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The first steps of the chain: what synonym rules are parsed with, so they meet query words.</summary>
    internal static TokenStream Normalize(Tokenizer tokenizer, bool folding)
    {
        TokenStream stream = new InvariantLowerCaseFilter(tokenizer);
        return folding ? new DanishSpellingFilter(stream) : stream;
    }
}
