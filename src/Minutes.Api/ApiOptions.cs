using System.ComponentModel.DataAnnotations;

namespace Minutes.Api;

/// <summary>The "Api" section: keys for the write endpoints, request limits and the source watcher.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Keys accepted in the <c>X-Api-Key</c> header by uploads and reindexing. Put them in environment
    /// variables (<c>Api__Keys__0=...</c>) or user secrets, never in appsettings.json. Empty: those endpoints are off.
    /// </summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>Most files in one upload request.</summary>
    /// <value>Default 20.</value>
    [Range(1, 1000)]
    public int MaxUploadFiles { get; set; } = 20;

    /// <summary>Where uploads are saved, relative to the repository root unless rooted. Default: the first of <c>Ingest:Sources</c>.</summary>
    public string? UploadFolder { get; set; }

    /// <summary>Longest accepted query or question, in characters.</summary>
    /// <value>Default 500.</value>
    [Range(10, 10_000)]
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>Watch the source folders and index added, changed and deleted files.</summary>
    /// <value>Default true.</value>
    public bool WatchSources { get; set; } = true;

    /// <summary>Quiet time after the last file event before a sync starts, so a burst of copies is one sync.</summary>
    /// <value>Default 1000 ms.</value>
    [Range(10, 60_000)]
    public int WatchDebounceMs { get; set; } = 1000;

    /// <summary>
    /// A file written to within this many seconds, or locked, that fails to index is taken to be still
    /// being written: it is retried instead of reported broken.
    /// </summary>
    /// <value>Default 10 s.</value>
    [Range(0, 3600)]
    public int SettleSeconds { get; set; } = 10;
}
