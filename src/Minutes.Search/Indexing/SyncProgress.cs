namespace Minutes.Search.Indexing;

/// <summary>Reported after each file a sync has looked at.</summary>
/// <param name="Done">Files looked at so far.</param>
/// <param name="Total">Files found in the folders.</param>
/// <param name="File">The file just handled.</param>
/// <param name="Outcome">"added", "changed", "unchanged" or "failed".</param>
public sealed record SyncProgress(int Done, int Total, string File, string Outcome);
