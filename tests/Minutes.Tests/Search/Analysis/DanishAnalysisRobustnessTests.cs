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
        var stopwatch = Stopwatch.StartNew();
        var on = new DanishAnalysis(new AnalysisOptions());
        long onBuildMs = stopwatch.ElapsedMilliseconds;
        stopwatch.Restart();
        var off = new DanishAnalysis(new AnalysisOptions { Compounds = false });
        long offBuildMs = stopwatch.ElapsedMilliseconds;

        (int onTokens, double onFirstMs, double onMs) = Measure(on, seeds);
        (int offTokens, double offFirstMs, double offMs) = Measure(off, seeds);

        output.WriteLine(
            $"Five seeds, {seeds.Sum(s => s.Length)} chars. Compounds on: build {onBuildMs} ms, {onTokens} tokens, " +
            $"first pass {onFirstMs:F1} ms, warm pass {onMs:F1} ms. Off: build {offBuildMs} ms, {offTokens} tokens, " +
            $"first pass {offFirstMs:F1} ms, warm pass {offMs:F1} ms.");
        Assert.True(onTokens > offTokens);
    }

    private static (int Tokens, double FirstMilliseconds, double Milliseconds) Measure(DanishAnalysis analysis, string[] seeds)
    {
        var first = Stopwatch.StartNew();
        foreach (string seed in seeds)
        {
            AnalyzedText.Terms(analysis.IndexAnalyzer, seed);
        }

        double firstMs = first.Elapsed.TotalMilliseconds;
        for (int warmUp = 0; warmUp < 5; warmUp++)
        {
            foreach (string seed in seeds)
            {
                AnalyzedText.Terms(analysis.IndexAnalyzer, seed);
            }
        }

        const int Rounds = 10;
        int tokens = 0;
        var stopwatch = Stopwatch.StartNew();
        for (int round = 0; round < Rounds; round++)
        {
            tokens = seeds.Sum(seed => AnalyzedText.Terms(analysis.IndexAnalyzer, seed).Length);
        }

        return (tokens, firstMs, stopwatch.Elapsed.TotalMilliseconds / Rounds);
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
