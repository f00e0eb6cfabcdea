using System.CommandLine;
using Minutes.Cli.Bench;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes bench load --url URL [--seconds S] [--connections C] [--ask-share P]</c>: drives the API's
/// /api/search and /api/ask with the query mix from C concurrent connections and prints requests/s,
/// p50/p99 latency, errors and the count of each status code; the last stdout line is JSON.
/// </summary>
internal static class BenchLoadCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Base address of the API, e.g. http://127.0.0.1:5000", Required = true };
        var seconds = new Option<int>("--seconds") { Description = "How long to run", DefaultValueFactory = _ => 30 };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections", DefaultValueFactory = _ => 64 };
        var askShare = new Option<int>("--ask-percent") { Description = "Share of requests that go to /api/ask (0-100)", DefaultValueFactory = _ => 20 };
        var queries = new Option<string?>("--queries") { Description = "JSONL with a \"q\" field per line (default: the bundled mix)" };
        var command = new Command("load", "Load-test the API with the query mix") { url, seconds, connections, askShare, queries };
        command.SetAction(async (result, cancellationToken) =>
        {
            var generator = new LoadGenerator(
                new Uri(result.GetValue(url)!),
                BenchQueries.Load(result.GetValue(queries)),
                Math.Clamp(result.GetValue(connections), 1, 1024),
                Math.Clamp(result.GetValue(askShare), 0, 100));
            var report = await generator.RunAsync(TimeSpan.FromSeconds(Math.Max(1, result.GetValue(seconds))), Console.Error, cancellationToken);
            Console.WriteLine(report);
            return report.Contains("\"errors\":0", StringComparison.Ordinal) ? 0 : 1;
        });
        return command;
    }
}
