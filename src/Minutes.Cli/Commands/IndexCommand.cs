using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Ingestion;
using Minutes.Search.Indexing;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes index [folder...] [--index DIR]</c>: builds or updates the index (folders default to
/// the configured sources) with a progress bar on a terminal and a summary at the end. Exits non-zero
/// only when nothing could be indexed or the index is unusable.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders of minutes (default: Ingest:Sources)", Arity = ArgumentArity.ZeroOrMore };
        var index = IndexOption();
        var command = new Command("index", "Build or update the search index") { folders, index };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(Overrides(result.GetValue(index)));
            var sources = result.GetValue(folders) is { Length: > 0 } given
                ? given.Select(Path.GetFullPath).ToList()
                : host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources.Select(Minutes.Core.ContentRoot.Resolve).ToList();
            var missing = sources.Where(s => !Directory.Exists(s) && !File.Exists(s)).ToList();
            foreach (var folder in missing)
            {
                await Console.Error.WriteLineAsync($"{folder}: no such folder");
            }

            SyncReport report;
            MinutesIndex minutesIndex;
            try
            {
                (report, minutesIndex) = await SyncAsync(host.Services, sources.Except(missing).ToList(), Console.IsErrorRedirected, cancellationToken);
            }
            catch (IndexWriteException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }

            foreach (var repair in report.Repairs)
            {
                await Console.Error.WriteLineAsync($"The index at {minutesIndex.Path} could not be written at first: {repair}");
            }

            var stats = minutesIndex.GetStats();
            Console.WriteLine($"{report.Added} added, {report.Changed} changed, {report.Removed} removed, {report.Unchanged} unchanged, {report.Failed.Count} failed in {report.ElapsedMs} ms");
            Console.WriteLine($"Index {minutesIndex.Path}: {stats.Documents} documents, {stats.Meetings} meetings, {stats.Passages} passages");
            foreach (var failure in report.Failed)
            {
                await Console.Error.WriteLineAsync($"{failure.File}: {failure.Reason}");
            }

            var indexedNothing = report.Added + report.Changed + report.Unchanged == 0;
            return indexedNothing ? 1 : 0;
        });
        return command;
    }

    /// <summary>Syncs <paramref name="sources"/> into the configured index, drawing a progress bar on stderr when it is a terminal.</summary>
    public static async Task<(SyncReport Report, MinutesIndex Index)> SyncAsync(
        IServiceProvider services, IReadOnlyList<string> sources, bool quiet, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var minutesIndex = services.GetRequiredService<MinutesIndex>();
        IProgress<SyncProgress>? progress = quiet ? null : new ProgressBar();
        var report = await minutesIndex.SyncAsync(pipeline.Scan(sources), pipeline.ParseFileAsync, progress, cancellationToken);
        if (!quiet)
        {
            Console.Error.Write("\r" + new string(' ', Math.Max(0, Console.WindowWidth - 1)) + "\r");
        }

        return (report, minutesIndex);
    }

    public static Option<string?> IndexOption() => new("--index") { Description = "Index folder (default: Index:Path)" };

    public static Dictionary<string, string?>? Overrides(string? indexPath) =>
        indexPath is null ? null : new() { ["Index:Path"] = Path.GetFullPath(indexPath) };

    /// <summary>Synchronous on purpose: Progress&lt;T&gt; would post to the thread pool and draw out of order.</summary>
    private sealed class ProgressBar : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value)
        {
            const int width = 30;
            var done = value.Total == 0 ? width : value.Done * width / value.Total;
            var file = Path.GetFileName(value.File);
            var line = $"[{new string('#', done)}{new string('.', width - done)}] {value.Done}/{value.Total} {value.Outcome,-9} {file}";
            var max = Math.Max(20, Console.WindowWidth - 1);
            Console.Error.Write("\r" + (line.Length > max ? line[..max] : line.PadRight(max)));
        }
    }
}
