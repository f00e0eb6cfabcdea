using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Minutes.Tests.Search.Analysis;

/// <summary>
/// Runs text through an analyzer and renders one string per position, stacked tokens joined by "|":
/// "skole-dagbehandling" → ["skoledagbehandling|skole|dagbehandling|dag|behandling"] (unstemmed).
/// </summary>
internal static class AnalyzedText
{
    public static string[] Positions(Analyzer analyzer, string text)
    {
        var positions = new List<List<string>>();
        using TokenStream stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([]);
            }

            positions[^1].Add(term.ToString());
        }

        stream.End();
        return positions.Select(p => string.Join("|", p)).ToArray();
    }

    public static string[] Terms(Analyzer analyzer, string text) =>
        Positions(analyzer, text).SelectMany(p => p.Split('|')).ToArray();
}
