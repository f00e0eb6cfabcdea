using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Minutes.Search.Analysis;

/// <summary>
/// The Danish analysis of minutes: one analyzer for indexing text fields and one for query text
/// (the same chain plus synonyms). Build it once per process and share it: it loads the Danish word
/// list (~0.3 s) and is thread-safe (Lucene analyzers keep per-thread token streams).
/// </summary>
/// <remarks>
/// <para>Index chain: tokenizer → lower-case → æ/ae folding → hyphen parts → stop words → compound parts
/// → Danish Snowball stemmer. Query chain: the same with synonyms after folding. Examples (index side):
/// "undersøgelse" → "undersøg"; "på" → nothing; "Sjaelland" and "Sjælland" → "sjælland";
/// "døgninstitutionerne" → "døgninstitution", "døgn", "institution" (one position); "§ 32" → "§32".</para>
/// <para>Multi-word synonyms ("Kommunernes Landsforening" ↔ "KL") only fire when the whole query string is
/// analysed in one go; a parser that analyses word by word (the classic QueryParser) sees them one at a time.</para>
/// If the word list is missing, compounds are not split and <see cref="Warnings"/> says so; nothing throws.
/// </remarks>
public sealed class DanishAnalysis
{
    public DanishAnalysis(AnalysisOptions options)
        : this(options, NullLogger<DanishAnalysis>.Instance)
    {
    }

    public DanishAnalysis(AnalysisOptions options, ILogger<DanishAnalysis> logger)
    {
        Options = options;
        var warnings = new List<string>();
        CompoundSplitter = LoadSplitter(options, warnings, logger);
        Synonyms = options.Synonyms ? SynonymMapLoader.Load(options.Folding) : null;
        Warnings = warnings;
        IndexAnalyzer = options.Stock ? new DanishAnalyzer(LuceneVersion.LUCENE_48) : new DanishMinutesAnalyzer(options, CompoundSplitter, synonyms: null);
        WholeWordAnalyzer = options.Stock || !options.Compounds
            ? IndexAnalyzer
            : new DanishMinutesAnalyzer(options, CompoundSplitter.None, synonyms: null);
        QueryAnalyzer = options.Stock ? IndexAnalyzer : new DanishMinutesAnalyzer(options, CompoundSplitter, Synonyms);
        _lexicon = new Lazy<DanishLexicon>(() => new DanishLexicon(CompoundSplitter, HunspellForms.TryLoad(options.HunspellPath), DanishThesaurus.TryLoad(options.ThesaurusPath), options.Folding));
    }

    private readonly Lazy<DanishLexicon> _lexicon;

    /// <summary>
    /// Which typed words are Danish (word list, hunspell-da forms, compounds), for the spelling correction,
    /// and their thesaurus words; hunspell-da and mythes-da are read on first use (~1 s).
    /// </summary>
    public DanishLexicon Lexicon => _lexicon.Value;

    public AnalysisOptions Options { get; }

    /// <summary>For text fields at index time.</summary>
    public Analyzer IndexAnalyzer { get; }

    /// <summary>
    /// The index chain without compound parts, for short, heavily weighted fields such as titles: there a
    /// part ("institution" of "døgninstitutioner") must not count as much as the word itself.
    /// </summary>
    public Analyzer WholeWordAnalyzer { get; }

    /// <summary>For query text: the index chain plus query-time synonyms.</summary>
    public Analyzer QueryAnalyzer { get; }

    /// <summary>The splitter the chain uses; <see cref="CompoundSplitter.None"/> when compounds are off or the word list is missing.</summary>
    public CompoundSplitter CompoundSplitter { get; }

    /// <summary>The query-time synonyms from the embedded synonyms.txt; null when <see cref="AnalysisOptions.Synonyms"/> is off.</summary>
    public SynonymMap? Synonyms { get; }

    /// <summary>Problems met while building the analysis (e.g. a missing word list); empty when all is well.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The Danish stop words the chain drops (Lucene's list: includes "hvad", "hvor", "når"; not "hvem", "hvornår").</summary>
    public static IReadOnlySet<string> StopWords { get; } =
        new HashSet<string>(DanishAnalyzer.DefaultStopSet.Select(o => o.ToString()!), StringComparer.Ordinal);

    /// <summary>
    /// Lower-cases a word and, when folding is on, spells it with æøå as the chain does:
    /// "Naestved" → "næstved", "Aabenraa" → "åbenrå". For callers comparing words outside Lucene.
    /// </summary>
    public string Fold(string text)
    {
        string lower = text.ToLowerInvariant();
        return Options.Folding ? DanishSpellingFilter.Fold(lower) : lower;
    }

    private static CompoundSplitter LoadSplitter(AnalysisOptions options, List<string> warnings, ILogger logger)
    {
        if (!options.Compounds)
        {
            return CompoundSplitter.None;
        }

        CompoundSplitter? splitter = CompoundSplitter.TryLoad(options.WordListPath, options.Folding, StopWords);
        if (splitter is not null)
        {
            return splitter;
        }

        warnings.Add($"Danish word list not found at {options.WordListPath}: compounds are not split. Install the Debian package wdanish.");
        logger.LogWarning(
            "Danish word list not found at {WordListPath}: compounds are not split. Install the Debian package {Package}",
            options.WordListPath,
            "wdanish");
        return CompoundSplitter.None;
    }
}
