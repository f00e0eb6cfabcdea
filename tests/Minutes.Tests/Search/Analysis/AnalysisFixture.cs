using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

/// <summary>The production analysis (all parts on), built once for the test class: it loads the word list.</summary>
public sealed class AnalysisFixture
{
    public DanishAnalysis Analysis { get; } = new(new AnalysisOptions());
}
