using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Cli.Commands;
using Minutes.Ingestion;
using Minutes.Search.Answers;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Cli.Bench;

/// <summary>
/// What <c>minutes bench run</c> measures, in order: a full index of the corpus into a fresh folder,
/// an unchanged re-index, single-thread search latency (as the API searches: highlighting and facets),
/// two-thread throughput, search-only latency, and start to ready on the existing index. Progress goes
/// to stderr; the figures come back as a <see cref="BenchReport"/>.
/// </summary>
internal sealed class BenchRunner(string corpus, string indexPath, IReadOnlyList<SearchRequest> queries, TextWriter log)
{
    /// <summary>How long each timed query phase may take at most.</summary>
    public TimeSpan PhaseTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Runs the API (a minutes-api dll) for start to ready; null measures open-to-first-search in process.</summary>
    public string? ApiPath { get; init; }

    /// <summary>Keep an index already built from this corpus: skips the full index (its figures stay null).</summary>
    public bool ReuseIndex { get; init; }

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(indexPath) && !ReuseIndex)
        {
            Directory.Delete(indexPath, recursive: true);
        }

        var overrides = IndexCommand.Overrides(indexPath);
        BenchReport report;
        using (var host = CliHost.Build(overrides))
        {
            var pipeline = host.Services.GetRequiredService<IngestionPipeline>();
            var files = pipeline.Files(corpus).Select(f => new FileInfo(f)).ToList();
            var bytes = files.Sum(f => f.Length);
            log.WriteLine($"corpus {corpus}: {files.Count} files, {bytes / 1048576.0:0.0} MB; index {indexPath}");
            var index = host.Services.GetRequiredService<MinutesIndex>();
            double? indexSeconds = null, peakRss = null;
            var clock = Stopwatch.StartNew();
            if (!ReuseIndex || index.GetStats().Documents == 0)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sync = await index.SyncAsync(pipeline.Scan([corpus]), pipeline.ParseFileAsync, new SyncLog(log, files.Count), cancellationToken);
                indexSeconds = clock.Elapsed.TotalSeconds;
                peakRss = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
                // Other processes share the cores: CPU seconds show what the indexing itself cost.
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                log.WriteLine($"indexed {sync.Added} files ({sync.Failed.Count} failed) in {indexSeconds:0.0} s wall, {cpuSeconds:0.0} s CPU, peak RSS {peakRss:0} MB");
                foreach (var failure in sync.Failed.Take(10))
                {
                    log.WriteLine($"  failed {failure.File}: {failure.Reason}");
                }
            }
            else
            {
                log.WriteLine($"reusing the index at {indexPath}: index figures are not measured");
            }

            clock.Restart();
            var again = await index.SyncAsync(pipeline.Scan([corpus]), pipeline.ParseFileAsync, null, cancellationToken);
            var reindexSeconds = clock.Elapsed.TotalSeconds;
            log.WriteLine($"unchanged re-index: {again.Unchanged} unchanged, {again.Added + again.Changed} parsed in {reindexSeconds:0.00} s");

            var stats = index.GetStats();
            var items = index.ListMeetings().Sum(m => m.ItemCount);
            var searcher = host.Services.GetRequiredService<MinutesSearcher>();
            var (full, qps, searchOnly) = MeasureQueries(searcher);
            var ask = await MeasureAskAsync(host.Services.GetRequiredService<AnswerGenerator>(), cancellationToken);
            report = new BenchReport
            {
                Files = files.Count,
                Bytes = bytes,
                Meetings = stats.Meetings,
                Items = items,
                Passages = stats.Passages,
                IndexSeconds = indexSeconds is { } s ? Math.Round(s, 2) : null,
                IndexMBps = indexSeconds is { } t ? Math.Round(bytes / 1048576.0 / t, 2) : null,
                PeakRssMB = peakRss is { } rss ? Math.Round(rss, 0) : null,
                IndexSizeMB = Math.Round(FolderBytes(indexPath) / 1048576.0, 1),
                ReindexUnchangedSeconds = Math.Round(reindexSeconds, 2),
                QueryP50Ms = full.Percentile(50),
                QueryP95Ms = full.Percentile(95),
                QueryP99Ms = full.Percentile(99),
                Query2ThreadsQps = Math.Round(qps, 0),
                SearchOnlyP50Ms = searchOnly.Percentile(50),
                AskP50Ms = ask.Percentile(50),
            };
        }

        return report with { StartToReadySeconds = await StartToReadyAsync(overrides, cancellationToken) };
    }

    private (Latencies Full, double Qps, Latencies SearchOnly) MeasureQueries(MinutesSearcher searcher)
    {
        log.WriteLine($"warming up on {queries.Count} queries ...");
        for (var round = 0; round < 2; round++)
        {
            foreach (var query in queries)
            {
                searcher.Search(query);
                searcher.FindPassages(query);
            }
        }

        var full = TimeRounds(query => searcher.Search(query));
        log.WriteLine($"search (highlighting, facets), 1 thread: {full.Count} queries, p50 {full.Percentile(50)} ms, p95 {full.Percentile(95)} ms, p99 {full.Percentile(99)} ms");
        LogSlowest(searcher);
        var searchOnly = TimeRounds(query => searcher.FindPassages(query));
        log.WriteLine($"search only (parse, search, top-10 stored fields): p50 {searchOnly.Percentile(50)} ms, p99 {searchOnly.Percentile(99)} ms");

        var done = 0L;
        var clock = Stopwatch.StartNew();
        var until = PhaseTime / 2;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, thread =>
        {
            for (var i = thread; clock.Elapsed < until; i++)
            {
                searcher.Search(queries[i % queries.Count]);
                Interlocked.Increment(ref done);
            }
        });
        var qps = done / clock.Elapsed.TotalSeconds;
        log.WriteLine($"search, 2 threads: {qps:0} queries/s");
        return (full, qps, searchOnly);
    }

    /// <summary>The five slowest queries of the mix (median of three runs each), where profiling should start.</summary>
    private void LogSlowest(MinutesSearcher searcher)
    {
        var slowest = queries
            .Select(query =>
            {
                var runs = new Latencies();
                for (var i = 0; i < 3; i++)
                {
                    runs.Time(() => searcher.Search(query));
                }

                return (query.Q, Ms: runs.Percentile(50));
            })
            .OrderByDescending(q => q.Ms)
            .Take(5);
        foreach (var (q, ms) in slowest)
        {
            log.WriteLine($"  slow: {ms} ms  {q}");
        }
    }

    /// <summary>Extractive answers (no LLM) to the mix, after a warm-up round.</summary>
    private async Task<Latencies> MeasureAskAsync(AnswerGenerator answers, CancellationToken cancellationToken)
    {
        var requests = queries.Select(q => new AskRequest { Question = q.Q, Body = q.Body, From = q.From, To = q.To }).ToList();
        foreach (var request in requests)
        {
            await answers.AskAsync(request, cancellationToken);
        }

        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 2 || (clock.Elapsed < PhaseTime && round < 100); round++)
        {
            foreach (var request in requests)
            {
                var start = Stopwatch.GetTimestamp();
                await answers.AskAsync(request, cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        log.WriteLine($"ask (extractive): {latencies.Count} questions, p50 {latencies.Percentile(50)} ms, p99 {latencies.Percentile(99)} ms");
        return latencies;
    }

    /// <summary>Whole rounds over the mix, at least 3, until <see cref="PhaseTime"/> is used up.</summary>
    private Latencies TimeRounds(Action<SearchRequest> search)
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < 3 || (clock.Elapsed < PhaseTime && round < 200); round++)
        {
            foreach (var query in queries)
            {
                latencies.Time(() => search(query));
            }
        }

        // Wall-clock percentiles swing when other processes share the cores; CPU per query does not.
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / latencies.Count;
        log.WriteLine($"  ({latencies.Count} queries, mean CPU {cpuMs:0.000} ms per query)");
        return latencies;
    }

    private async Task<double?> StartToReadyAsync(Dictionary<string, string?>? overrides, CancellationToken cancellationToken)
    {
        if (ApiPath is not null)
        {
            return await ApiStart.MeasureAsync(ApiPath, indexPath, corpus, queries[0].Q!, log, cancellationToken);
        }

        // No API to start: open the existing index and answer a first search, in this process (the
        // analysis and word lists load as they would in the service).
        var clock = Stopwatch.StartNew();
        using var host = CliHost.Build(overrides);
        host.Services.GetRequiredService<MinutesSearcher>().Search(queries[0]);
        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
        log.WriteLine($"open to first search (in process): {seconds} s");
        return seconds;
    }

    private static long FolderBytes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    /// <summary>A progress line every 5 % of the files, for long runs without a terminal.</summary>
    private sealed class SyncLog(TextWriter log, int total) : IProgress<SyncProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _next;

        public void Report(SyncProgress value)
        {
            if (value.Done >= _next || value.Done == value.Total)
            {
                log.WriteLine($"  {value.Done}/{total} files, {_clock.Elapsed.TotalSeconds:0.0} s, RSS {Environment.WorkingSet / 1048576} MB");
                _next = value.Done + Math.Max(1, total / 20);
            }
        }
    }
}
