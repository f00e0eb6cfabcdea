using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minutes.Api.Endpoints;

namespace Minutes.Api.Tests;

/// <summary>
/// The API in memory over its own temp folder: a copy of the bundled samples as the only source, a
/// fresh index, an API key, one allowed CORS origin and a short watcher debounce. Start it with
/// <see cref="InitializeAsync"/>, which waits until the first sync is done. Subclasses change the settings.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Key = "test-key-7f3a9c2e";
    public const string AllowedOrigin = "https://portal.example.dk";

    public ApiFactory()
    {
        Root = Path.Combine(Path.GetTempPath(), "minutes-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(SourcesFolder);
    }

    public string Root { get; }

    public string SourcesFolder => Path.Combine(Root, "sources");

    public string IndexFolder => Path.Combine(Root, "index");

    public CapturedLogs Logs { get; } = new();

    /// <summary>Copies the samples into the source folder before the app starts; false starts empty.</summary>
    protected virtual bool WithSamples => true;

    public virtual async Task InitializeAsync()
    {
        if (WithSamples)
        {
            foreach (var file in Directory.EnumerateFiles(Fixtures.SamplesFolder))
            {
                File.Copy(file, Path.Combine(SourcesFolder, Path.GetFileName(file)));
            }
        }

        using var client = CreateClient();
        await WaitForHealthAsync(client, h => h.Status == "ready" && h.LastSync is not null);
    }

    /// <summary>Polls /health until <paramref name="condition"/> holds; fails after two minutes (a loaded CI machine is slow, never this slow).</summary>
    public static async Task<HealthResponse> WaitForHealthAsync(HttpClient client, Func<HealthResponse, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        HealthResponse? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await client.GetFromJsonAsync<HealthResponse>("/health");
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"/health never reached the expected state; last: {last}");
    }

    /// <summary>Settings on top of the repository's appsettings.json.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Services replaced for one test host.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Index:Path"] = IndexFolder,
            ["Ingest:Sources:0"] = SourcesFolder,
            ["Ingest:Pdf:CacheFolder"] = Path.Combine(Path.GetTempPath(), "minutes-api-tests-ocr"),
            ["Api:Keys:0"] = Key,
            ["Api:WatchDebounceMs"] = "200",
            ["Api:SettleSeconds"] = "2",
            ["Cors:Origins:0"] = AllowedOrigin,
            ["RateLimit:AskPermits"] = "10000",
            ["Llm:Endpoint"] = "",
            ["Llm:Model"] = "",
        };
        Configure(settings);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureServices(ConfigureServices);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the app, then deletes its temp folder (sources and index).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
