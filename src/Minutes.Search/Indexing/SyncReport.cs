namespace Minutes.Search.Indexing;

/// <summary>What one <see cref="MinutesIndex.SyncAsync"/> run did, file by file counted.</summary>
public sealed record SyncReport
{
    public int Added { get; init; }
    public int Changed { get; init; }
    public int Removed { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<SyncFailure> Failed { get; init; } = [];
    public long ElapsedMs { get; init; }
}
