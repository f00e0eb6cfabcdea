using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Minutes.Search.Analysis;

namespace Minutes.Search.Querying;

/// <summary>Runs an analyzer over text and keeps each term's offsets, for querying and highlighting.</summary>
internal static class Tokens
{
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            tokens.Add(new AnalyzedToken(term.ToString(), start, end, Math.Max(position, 0), type.Type == CompoundWordFilter.PartType));
        }

        stream.End();
        return tokens;
    }
}
