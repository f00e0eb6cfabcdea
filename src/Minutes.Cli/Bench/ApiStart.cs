using System.Diagnostics;

namespace Minutes.Cli.Bench;

/// <summary>Start to ready: starts the API on an existing index and polls <c>/health</c> until it answers 200.</summary>
internal static class ApiStart
{
    public static async Task<double?> MeasureAsync(string apiDll, string indexPath, TextWriter log, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(apiDll);
        start.Environment["Index__Path"] = indexPath;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
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
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/health", cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
                        log.WriteLine($"API start to ready (/health 200): {seconds} s");
                        return seconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
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

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
