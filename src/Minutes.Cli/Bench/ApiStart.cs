using System.Diagnostics;

namespace Minutes.Cli.Bench;

/// <summary>Start to ready: starts the API on an existing index and polls <c>/health</c> until it answers 200.</summary>
internal static class ApiStart
{
    /// <summary>
    /// Seconds from starting the process until /health answers 200 and a first /api/search is answered;
    /// the time until the background check of the sources reports "ready" is logged as well.
    /// </summary>
    public static async Task<double?> MeasureAsync(string apiDll, string indexPath, string corpus, string query, TextWriter log, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(apiDll);
        start.WorkingDirectory = Minutes.Core.ContentRoot.Path;
        start.Environment["Index__Path"] = indexPath;
        start.Environment["Ingest__Sources__0"] = corpus;
        start.Environment["Api__WatchSources"] = "false";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {apiDll}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                try
                {
                    using var health = await http.GetAsync($"http://127.0.0.1:{port}/health", cancellationToken);
                    if (health.IsSuccessStatusCode)
                    {
                        using var search = await http.GetAsync($"http://127.0.0.1:{port}/api/search?q={Uri.EscapeDataString(query)}", cancellationToken);
                        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
                        log.WriteLine($"API start to ready (/health 200, first search {(int)search.StatusCode}): {seconds} s");
                        await LogSourcesCheckedAsync(http, port, clock, log, cancellationToken);
                        return search.IsSuccessStatusCode ? seconds : null;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Listening but still starting: the request outlived the client's timeout.
                }

                await Task.Delay(10, cancellationToken);
            }

            log.WriteLine($"the API did not become ready within 60 s (exited: {process.HasExited})");
            return null;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static async Task LogSourcesCheckedAsync(HttpClient http, int port, Stopwatch clock, TextWriter log, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            var health = await http.GetStringAsync($"http://127.0.0.1:{port}/health", cancellationToken);
            if (health.Contains("\"status\":\"ready\"", StringComparison.Ordinal))
            {
                log.WriteLine($"API sources checked (status ready): {clock.Elapsed.TotalSeconds:0.00} s");
                return;
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
