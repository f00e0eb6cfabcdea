namespace Minutes.Api.Tests;

/// <summary>The API as shipped without keys (uploads and reindex off), with two questions per client per minute, over an empty folder.</summary>
public sealed class LockedDownApi : ApiFactory
{
    public const string Collection = "locked-down api";

    protected override bool WithSamples => false;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings.Remove("Api:Keys:0");
        settings["RateLimit:AskPermits"] = "2";
        settings["RateLimit:AskWindowSeconds"] = "3600";
    }
}
