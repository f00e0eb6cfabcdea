namespace Minutes.Api.Indexing;

/// <summary>What the background indexing is doing, as /health reports it.</summary>
/// <param name="Status">"starting" (no sync yet), "indexing", "ready", or "failed" (the last sync could not run).</param>
/// <param name="Done">Files looked at by the running (or last) sync.</param>
/// <param name="Total">Files it found.</param>
/// <param name="LastSync">When the last sync finished.</param>
/// <param name="LastReport">What it did.</param>
/// <param name="Failed">Files that could not be indexed and why, as reported to users (file name relative to its source folder).</param>
/// <param name="Waiting">Files that looked half-written or locked; retried shortly.</param>
internal sealed record IndexingState(
    string Status,
    int Done,
    int Total,
    DateTimeOffset? LastSync,
    SyncSummary? LastReport,
    IReadOnlyList<FileProblem> Failed,
    IReadOnlyList<string> Waiting)
{
    public static IndexingState Starting { get; } = new("starting", 0, 0, null, null, [], []);
}
