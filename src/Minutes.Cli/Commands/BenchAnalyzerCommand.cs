using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Cli.Bench;
using Minutes.Search.Analysis;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes bench analyzer [--corpus DIR] [--seconds S]</c>: tokens per second of the index analyzer
/// on one thread, over the text of the corpus (default the bundled samples).
/// </summary>
internal static class BenchAnalyzerCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of .txt minutes", DefaultValueFactory = _ => "src/samples" };
        var seconds = new Option<int>("--seconds") { Description = "How long to measure", DefaultValueFactory = _ => 10 };
        var command = new Command("analyzer", "Measure the Danish analyzer's tokens per second on one thread") { corpus, seconds };
        command.SetAction(result =>
        {
            using var host = CliHost.Build();
            var analysis = host.Services.GetRequiredService<DanishAnalysis>();
            var folder = Minutes.Core.ContentRoot.Resolve(result.GetValue(corpus)!);
            var texts = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(2_000).Select(File.ReadAllText).ToList();
            var figures = AnalyzerThroughput.Measure(analysis.IndexAnalyzer, texts, TimeSpan.FromSeconds(Math.Max(1, result.GetValue(seconds))), Console.Error);
            Console.WriteLine(figures);
            return 0;
        });
        return command;
    }
}
