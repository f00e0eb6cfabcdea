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

    /// <summary>
    /// What was done to an index that could not be written before this sync completed (rolled back to
    /// its last commit, broken segments dropped, or rebuilt from the sources); empty when nothing was.
    /// </summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];
}
