using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Minutes.Core;

namespace Minutes.Api;

/// <summary>
/// Where the API finds its files and settings, wherever it is started from: the web root is this
/// project's <c>wwwroot</c>, the settings are the repository's <c>appsettings.json</c> (shared with the
/// CLI), overridden by environment variables and the command line.
/// </summary>
public static class ApiHost
{
    /// <summary>The content root: this project's folder in a checkout, else the folder of the binaries.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var project = Path.Combine(ContentRoot.Path, "src", "Minutes.Api");
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Directory.Exists(project) ? project : AppContext.BaseDirectory,
        };
    }

    /// <summary>
    /// Adds the repository's appsettings.json just before the unprefixed environment variables, so
    /// <c>Ingest__Sources__0=/some/dir</c> still replaces what the file says.
    /// </summary>
    public static void AddRepositorySettings(ConfigurationManager configuration)
    {
        var root = Path.Combine(ContentRoot.Path, "appsettings.json");
        var folder = File.Exists(root) ? ContentRoot.Path : AppContext.BaseDirectory;
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(folder),
        };
        var sources = configuration.Sources;
        var at = sources.Select((s, i) => (s, i))
            .Where(x => x.s is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            .Select(x => x.i)
            .DefaultIfEmpty(sources.Count)
            .First();
        sources.Insert(at, source);
    }
}
