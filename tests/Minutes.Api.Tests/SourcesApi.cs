namespace Minutes.Api.Tests;

/// <summary>
/// The API over its own copy of the samples for the tests that add, change and remove files
/// (uploads, the watcher), with a 1 MB upload limit so the too-big case needs no big file.
/// </summary>
public sealed class SourcesApi : ApiFactory
{
    public const string Collection = "sources api";

    protected override void Configure(Dictionary<string, string?> settings) => settings["Ingest:MaxFileSizeMb"] = "1";
}
