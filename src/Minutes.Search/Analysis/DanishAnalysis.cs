using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Util;

namespace Minutes.Search.Analysis;

/// <summary>
/// PLACEHOLDER until the analysis branch lands: the stock DanishAnalyzer for both sides.
/// Built once per process (it loads the word list); thread-safe.
/// </summary>
public sealed class DanishAnalysis
{
    public DanishAnalysis(AnalysisOptions options)
    {
        Options = options;
        IndexAnalyzer = new DanishAnalyzer(LuceneVersion.LUCENE_48);
        QueryAnalyzer = new DanishAnalyzer(LuceneVersion.LUCENE_48);
    }

    public AnalysisOptions Options { get; }

    /// <summary>For text fields at index time.</summary>
    public Analyzer IndexAnalyzer { get; }

    /// <summary>For query text: the index chain plus query-time synonyms.</summary>
    public Analyzer QueryAnalyzer { get; }
}
