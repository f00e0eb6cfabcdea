using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Cli.Bench;
using Minutes.Core;
using Minutes.Ingestion;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes bench generate|run|load|analyzer</c>: makes benchmark corpora and measures indexing,
/// searching, the API under load and the analyzer. Figures are printed, never asserted.
/// </summary>
internal static class BenchCommand
{
    public static Command Create() => new("bench", "Benchmarks: generate a corpus, measure index and search, load-test the API")
    {
        Generate(),
        BenchRunCommand.Create(),
        BenchLoadCommand.Create(),
        BenchAnalyzerCommand.Create(),
    };

    private static Command Generate()
    {
        var meetings = new Option<int>("--meetings") { Description = "How many minutes to write", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write them to (created)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Same seed, same files", DefaultValueFactory = _ => 1 };
        var samples = new Option<string>("--samples") { Description = "The real minutes to recombine", DefaultValueFactory = _ => "src/samples" };
        var command = new Command("generate", "Write N realistic minutes (.txt) recombined from the sample minutes") { meetings, output, seed, samples };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(meetings);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("--meetings must be at least 1");
                return 2;
            }

            using var host = CliHost.Build();
            var material = await LoadMaterialAsync(host.Services, ContentRoot.Resolve(result.GetValue(samples)!), cancellationToken);
            var folder = Path.GetFullPath(result.GetValue(output)!);
            var clock = Stopwatch.StartNew();
            var bytes = new CorpusGenerator(material).Write(count, folder, result.GetValue(seed), n => Console.Error.WriteLine($"{n}/{count} written"));
            Console.WriteLine($"{count} minutes, {bytes / 1024.0 / 1024.0:0.0} MB in {folder} ({clock.Elapsed.TotalSeconds:0.0} s)");
            return 0;
        });
        return command;
    }

    public static async Task<SampleMaterial> LoadMaterialAsync(IServiceProvider services, string samples, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var meetings = new List<Meeting>();
        await foreach (var parsed in pipeline.ReadAsync(samples, cancellationToken))
        {
            if (parsed.Meeting is { } meeting)
            {
                meetings.Add(meeting);
            }
        }

        return meetings.Count == 0
            ? throw new InvalidOperationException($"No sample minutes could be read from {samples}")
            : SampleMaterial.From(meetings);
    }
}
