using System.Diagnostics;
using System.Text;
using Minutes.Search.Analysis;
using Xunit.Abstractions;

namespace Minutes.Tests.Search.Analysis;

[Trait("Category", "Analysis")]
public sealed class DanishAnalysisRobustnessTests(AnalysisFixture fixture, ITestOutputHelper output) : IClassFixture<AnalysisFixture>
{
    [Fact]
    public void RandomUnicodeNeverThrows()
    {
        var random = new Random(20240601);
        for (int i = 0; i < 500; i++)
        {
            string text = RandomText(random, random.Next(0, 400));
            AnalyzedText.Terms(fixture.Analysis.IndexAnalyzer, text);
            AnalyzedText.Terms(fixture.Analysis.QueryAnalyzer, text);
        }
    }

    [Fact]
    public void HugeTokensAreDroppedNotIndexed()
    {
        string huge = new('æ', 100_000);
        string hugeUrl = "https://example.dk/" + new string('a', 10_000);
        Assert.Equal(["mød"], AnalyzedText.Terms(fixture.Analysis.IndexAnalyzer, huge + " møde " + hugeUrl));
    }

    [Fact]
    public void AnalysingTheFiveSeedsWithCompoundsOnAndOff()
    {
        string[] seeds = Directory.EnumerateFiles(Fixtures.SamplesFolder, "*.txt").Select(File.ReadAllText).ToArray();
        var on = fixture.Analysis;
        var stopwatch = Stopwatch.StartNew();
        var off = new DanishAnalysis(new AnalysisOptions { Compounds = false });
        long offBuildMs = stopwatch.ElapsedMilliseconds;

        (int onTokens, double onMs) = Measure(on, seeds);
        (int offTokens, double offMs) = Measure(off, seeds);

        output.WriteLine($"Five seeds, {seeds.Sum(s => s.Length)} chars: compounds on {onTokens} tokens in {onMs:F1} ms; off {offTokens} tokens in {offMs:F1} ms (build without word list {offBuildMs} ms)");
        Assert.True(onTokens > offTokens);
    }

    private static (int Tokens, double Milliseconds) Measure(DanishAnalysis analysis, string[] seeds)
    {
        foreach (string seed in seeds)
        {
            AnalyzedText.Terms(analysis.IndexAnalyzer, seed); // warm up
        }

        const int Rounds = 5;
        int tokens = 0;
        var stopwatch = Stopwatch.StartNew();
        for (int round = 0; round < Rounds; round++)
        {
            tokens = seeds.Sum(seed => AnalyzedText.Terms(analysis.IndexAnalyzer, seed).Length);
        }

        return (tokens, stopwatch.Elapsed.TotalMilliseconds / Rounds);
    }

    private static string RandomText(Random random, int length)
    {
        const string Alphabet = "abcæøåAEOÅ-./,§@:0123456789 \t\n'’–é";
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            int kind = random.Next(4);
            if (kind == 0)
            {
                builder.Append(char.ConvertFromUtf32(random.Next(0x20, 0x2FFFF) is var cp && cp is >= 0xD800 and <= 0xDFFF ? 0x41 : cp));
            }
            else
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }
}
