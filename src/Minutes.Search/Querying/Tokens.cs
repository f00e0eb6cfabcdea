using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Minutes.Search.Analysis;

namespace Minutes.Search.Querying;

/// <summary>Runs an analyzer over text and keeps each term's offsets, for querying and highlighting.</summary>
internal static class Tokens
{
    /// <summary>One token as the stream holds it; <paramref name="term"/> is only valid during the call.</summary>
    public delegate void Visitor(ReadOnlySpan<char> term, int start, int end, int position, bool isCompoundPart);

    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        Visit(analyzer, field, text, (term, start, end, position, isPart) => tokens.Add(new AnalyzedToken(term.ToString(), start, end, position, isPart)));
        return tokens;
    }

    /// <summary>
    /// Runs the analyzer and hands each token to <paramref name="visit"/> without making a string of
    /// it, for callers that keep only a few (snippets look up every token of a passage).
    /// </summary>
    public static void Visit(Analyzer analyzer, string field, string text, Visitor visit)
    {
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
            visit(term.Buffer.AsSpan(0, term.Length), start, end, Math.Max(position, 0), type.Type == CompoundWordFilter.PartType);
        }

        stream.End();
    }
}
