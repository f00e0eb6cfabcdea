using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Minutes.Search.Analysis;

namespace Minutes.Search.Indexing;

/// <summary>
/// A short hash of what the index analyzer makes of a fixed Danish probe text. Stored in each commit,
/// so an index built by another analyzer (a new release of the Danish chain, or other ablation switches)
/// is noticed on open and rebuilt instead of silently mismatching query terms.
/// </summary>
internal static class AnalyzerFingerprint
{
    private const string Probe =
        "Døgndiamanten Børnehusets blåbærsyltetøj Kommunalbestyrelsen godkendte beslutningerne " +
        "æble aeble Næstved børne- og ungeudvalget tovholderstafetten specialundervisning 2024 pladser";

    public static string Compute(DanishAnalysis analysis)
    {
        var text = new StringBuilder();
        text.Append(Tokens(analysis.IndexAnalyzer)).Append('|').Append(Tokens(analysis.QueryAnalyzer));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string Tokens(Analyzer analyzer)
    {
        var tokens = new StringBuilder();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, new StringReader(Probe));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Append(term.ToString()).Append('/').Append(increment.PositionIncrement).Append(' ');
        }

        stream.End();
        return tokens.ToString();
    }
}
