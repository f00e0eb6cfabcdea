using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace Minutes.Search.Analysis;

/// <summary>
/// Reads the embedded <c>synonyms.txt</c> (Solr format: "a, b, c" are equivalent; multi-word entries allowed)
/// into a <see cref="SynonymMap"/>. Rules are analysed by the first steps of the chain (tokenizer, lower-case,
/// folding), so "Kommunernes Landsforening" becomes the two tokens "kommunernes", "landsforening" and
/// matches the query words exactly where the SynonymFilter sits.
/// </summary>
internal static class SynonymMapLoader
{
    public const string ResourceName = "Minutes.Search.Analysis.synonyms.txt";

    public static SynonymMap Load(bool folding)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader, folding);
    }

    public static SynonymMap Parse(TextReader rules, bool folding)
    {
        using Analyzer ruleAnalyzer = Analyzer.NewAnonymous((_, input) =>
        {
            var tokenizer = new MinutesTokenizer(input);
            return new TokenStreamComponents(tokenizer, DanishMinutesAnalyzer.Normalize(tokenizer, folding));
        });
        var parser = new SolrSynonymParser(dedup: true, expand: true, ruleAnalyzer);
        parser.Parse(rules);
        return parser.Build();
    }
}
