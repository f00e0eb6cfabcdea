using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Minutes.Search.Querying;

namespace Minutes.Cli.Bench;

/// <summary>
/// A closed-loop HTTP load generator: <c>connections</c> workers each send the next query of the mix as
/// soon as the previous answer arrived, to <c>/api/search</c> or (a share of them) <c>/api/ask</c>.
/// Counts every status code; an error is a request that got no HTTP answer (refused, reset, timed out).
/// </summary>
internal sealed class LoadGenerator(Uri baseAddress, IReadOnlyList<SearchRequest> queries, int connections, int askPercent)
{
    public async Task<string> RunAsync(TimeSpan duration, TextWriter log, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var statuses = new ConcurrentDictionary<string, int>();
        var errors = new ConcurrentDictionary<string, int>();
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        log.WriteLine($"load: {connections} connections for {duration.TotalSeconds:0} s against {baseAddress}, {askPercent} % /api/ask");
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = worker; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
            {
                var query = queries[i % queries.Count];
                var path = random.Next(100) < askPercent ? "/api/ask" : "/api/search";
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(Url(path, query), HttpCompletionOption.ResponseContentRead, cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    statuses.AddOrUpdate($"{path} {(int)response.StatusCode}", 1, (_, n) => n + 1);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    errors.AddOrUpdate($"{path} {ex.GetType().Name}", 1, (_, n) => n + 1);
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;

        var all = new Latencies();
        foreach (var ms in latencies)
        {
            all.Add(ms);
        }

        var serverErrors = statuses.Where(s => s.Key.Split(' ')[1].StartsWith('5')).Sum(s => s.Value);
        var figures = new
        {
            seconds = Math.Round(seconds, 1),
            connections,
            requests = all.Count,
            requestsPerSecond = Math.Round(all.Count / seconds, 0),
            p50Ms = all.Percentile(50),
            p99Ms = all.Percentile(99),
            errors = errors.Values.Sum(),
            serverErrors,
            statuses = new SortedDictionary<string, int>(statuses, StringComparer.Ordinal),
            errorKinds = new SortedDictionary<string, int>(errors, StringComparer.Ordinal),
        };
        log.WriteLine($"{figures.requests} requests, {figures.requestsPerSecond}/s, p50 {figures.p50Ms} ms, p99 {figures.p99Ms} ms, {figures.errors} errors, {serverErrors} 5xx");
        foreach (var (status, count) in figures.statuses)
        {
            log.WriteLine($"  {status}: {count}");
        }

        return JsonSerializer.Serialize(figures);
    }

    private static string Url(string path, SearchRequest query)
    {
        var url = $"{path}?q={Uri.EscapeDataString(query.Q ?? "")}";
        foreach (var (name, value) in new[] { ("body", query.Body), ("municipality", query.Municipality), ("kind", query.Kind) })
        {
            if (value is not null)
            {
                url += $"&{name}={Uri.EscapeDataString(value)}";
            }
        }

        if (query.From is { } from)
        {
            url += $"&from={from:yyyy-MM-dd}";
        }

        if (query.To is { } to)
        {
            url += $"&to={to:yyyy-MM-dd}";
        }

        return url;
    }
}
