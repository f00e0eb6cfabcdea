using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

[Trait("Category", "Analysis")]
public sealed class CachedStemFilterTests
{
    [Fact]
    public void StemsAsTheSnowballFilterFirstTimeAndFromTheCache()
    {
        var stems = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using Analyzer cached = Chain(stream => new CachedStemFilter(stream, stems));
        using Analyzer snowball = Chain(stream => new SnowballFilter(stream, new DanishStemmer()));
        string[] texts = Directory.EnumerateFiles(Fixtures.SamplesFolder, "*.txt").Select(File.ReadAllText).ToArray();

        foreach (string text in texts.Concat(texts))
        {
            Assert.Equal(AnalyzedText.Positions(snowball, text), AnalyzedText.Positions(cached, text));
        }

        Assert.Equal("undersøg", stems["undersøgelse"]);
        Assert.DoesNotContain("2024", stems.Keys);
    }

    private static Analyzer Chain(Func<TokenStream, TokenStream> stem) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new MinutesTokenizer(reader);
        return new TokenStreamComponents(tokenizer, stem(new InvariantLowerCaseFilter(tokenizer)));
    });
}
