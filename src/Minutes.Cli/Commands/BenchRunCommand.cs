using System.CommandLine;
using System.Text.Json;
using Minutes.Cli.Bench;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes bench run --corpus DIR [--queries FILE] [--index DIR] [--api DLL]</c>: indexes the corpus
/// into a fresh folder and measures indexing, re-indexing, searching and start to ready. Progress on
/// stderr; the last stdout line is one JSON object (<see cref="BenchReport"/>).
/// </summary>
internal static class BenchRunCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of minutes (e.g. from bench generate)", Required = true };
        var queries = new Option<string?>("--queries") { Description = "JSONL with a \"q\" field per line (default: the bundled mix of 50)" };
        var index = new Option<string?>("--index") { Description = "Index folder to (re)build; default a new folder under the temp directory" };
        var api = new Option<string?>("--api") { Description = "Path of the built Minutes.Api dll, to measure its start to ready" };
        var reuse = new Option<bool>("--reuse-index") { Description = "Keep an index already built from this corpus (with --index); index figures are then null" };
        var seconds = new Option<int>("--phase-seconds") { Description = "Longest time per timed query phase", DefaultValueFactory = _ => 20 };
        var command = new Command("run", "Index a corpus and measure index, re-index, search and start-to-ready") { corpus, queries, index, api, reuse, seconds };
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = Path.GetFullPath(result.GetValue(corpus)!);
            if (!Directory.Exists(folder))
            {
                await Console.Error.WriteLineAsync($"{folder}: no such folder");
                return 2;
            }

            var indexPath = Path.GetFullPath(result.GetValue(index) ?? Path.Combine(Path.GetTempPath(), $"minutes-bench-index-{Environment.ProcessId}"));
            var runner = new BenchRunner(folder, indexPath, BenchQueries.Load(result.GetValue(queries)), Console.Error)
            {
                ApiPath = result.GetValue(api) is { } dll ? Path.GetFullPath(dll) : null,
                ReuseIndex = result.GetValue(reuse),
                PhaseTime = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(seconds))),
            };
            var report = await runner.RunAsync(cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(report));
            return 0;
        });
        return command;
    }
}
