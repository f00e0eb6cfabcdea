namespace Minutes.Api.Indexing;

/// <summary>One sync's counts, as the API reports them.</summary>
public sealed record SyncSummary(int Added, int Changed, int Removed, int Unchanged, int Failed, int Waiting, long ElapsedMs);
