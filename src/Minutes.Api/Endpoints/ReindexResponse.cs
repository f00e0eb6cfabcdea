using Minutes.Api.Indexing;

namespace Minutes.Api.Endpoints;

/// <summary>What POST /api/admin/reindex did.</summary>
/// <param name="Failed">Files that could not be indexed, and why (their earlier passages, if any, are kept).</param>
public sealed record ReindexResponse(SyncSummary Sync, IReadOnlyList<FileProblem> Failed);
