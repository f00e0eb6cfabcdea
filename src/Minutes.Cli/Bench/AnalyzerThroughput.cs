using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis;

namespace Minutes.Cli.Bench;

/// <summary>Tokens per second of an analyzer on the current thread, after a warm-up pass.</summary>
internal static class AnalyzerThroughput
{
    public static string Measure(Analyzer analyzer, IReadOnlyList<string> texts, TimeSpan duration, TextWriter log)
    {
        foreach (var text in texts.Take(50))
        {
            Count(analyzer, text);
        }

        long tokens = 0, chars = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var text = texts[i % texts.Count];
            tokens += Count(analyzer, text);
            chars += text.Length;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        // On a shared machine the wall clock includes time other processes had the core; the process's
        // CPU time (this thread plus the GC) is the figure per core.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        log.WriteLine($"analyzer: {tokens:N0} tokens from {chars / 1048576.0:0.0} M characters in {seconds:0.0} s wall, {cpuSeconds:0.0} s CPU, one thread");
        return JsonSerializer.Serialize(new
        {
            tokensPerSecond = Math.Round(tokens / seconds),
            tokensPerCpuSecond = Math.Round(tokens / cpuSeconds),
            mbPerSecond = Math.Round(chars / 1048576.0 / seconds, 2),
        });
    }

    private static int Count(Analyzer analyzer, string text)
    {
        var count = 0;
        using var stream = analyzer.GetTokenStream("text", text);
        stream.Reset();
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }
}
