namespace Minutes.Search.Indexing;

/// <summary>Reported once when a sync has found its files, then after each file it has looked at.</summary>
/// <param name="Done">Files looked at so far.</param>
/// <param name="Total">Files found in the folders.</param>
/// <param name="File">The file just handled; empty for the first report.</param>
/// <param name="Outcome">"added", "changed", "unchanged" or "failed"; <see cref="Started"/> for the first report.</param>
public sealed record SyncProgress(int Done, int Total, string File, string Outcome)
{
    public const string Started = "started";
}
