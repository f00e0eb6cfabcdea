using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minutes.Core;
using Minutes.Ingestion;
using Minutes.Search;

namespace Minutes.Cli;

/// <summary>
/// The services every command uses, configured like the API: the repository's appsettings.json,
/// then environment variables. Logs go to stderr so stdout stays clean for --json.
/// </summary>
internal static class CliHost
{
    public static IHost Build(IDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = ContentRoot.Path,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production",
        });
        builder.Configuration.AddJsonFile(Path.Combine(ContentRoot.Path, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Commands report bad files themselves, one stderr line each; logs add detail only when asked for.
        var level = Environment.GetEnvironmentVariable("MINUTES_VERBOSE") is null ? LogLevel.Error : LogLevel.Information;
        builder.Logging.AddFilter((_, l) => l >= level);
        builder.Services.AddMinutesIngestion(builder.Configuration);
        builder.Services.AddMinutesSearch(builder.Configuration);
        return builder.Build();
    }
}
