using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

[Trait("Category", "Analysis")]
public sealed class SamePositionDuplicateFilterTests(AnalysisFixture fixture) : IClassFixture<AnalysisFixture>
{
    [Fact]
    public void DropsWhatRemoveDuplicatesTokenFilterDropsOnTheSamples()
    {
        using Analyzer ours = Chain(stream => new SamePositionDuplicateFilter(stream));
        using Analyzer lucenes = Chain(stream => new RemoveDuplicatesTokenFilter(stream));
        string[] texts = Directory.EnumerateFiles(Fixtures.SamplesFolder, "*.txt").Select(File.ReadAllText).ToArray();

        foreach (string text in texts)
        {
            Assert.Equal(AnalyzedText.Positions(lucenes, text), AnalyzedText.Positions(ours, text));
        }

        // "Skole-skolen": both parts stem to "skol", which is kept once at that position.
        Assert.Equal(["skoleskol|skol"], AnalyzedText.Positions(ours, "Skole-skolen"));
    }

    /// <summary>The production chain up to the stemmer, whose parts and stems are what repeats at a position.</summary>
    private Analyzer Chain(Func<TokenStream, TokenStream> dedup) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new MinutesTokenizer(reader);
        TokenStream stream = new HyphenatedWordFilter(new InvariantLowerCaseFilter(tokenizer));
        stream = new CompoundWordFilter(stream, fixture.Analysis.CompoundSplitter);
        stream = new CachedStemFilter(stream, new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        return new TokenStreamComponents(tokenizer, dedup(stream));
    });
}
