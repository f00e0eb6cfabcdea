using Minutes.Api.Indexing;

namespace Minutes.Api.Endpoints;

/// <summary>What GET /health reports.</summary>
/// <param name="Status">"starting", "indexing" (searches answer from what is indexed so far), "ready", or "failed" (the last sync could not run).</param>
/// <param name="Progress">Files looked at and found by the running sync; null when none runs.</param>
/// <param name="Documents">Source files indexed.</param>
/// <param name="IndexedAt">The index's last commit.</param>
/// <param name="IndexAgeSeconds">Seconds since then.</param>
/// <param name="LlmConfigured">Whether LLM summaries can be asked for (Llm:Endpoint and Llm:Model set).</param>
/// <param name="LastSync">The last finished sync.</param>
/// <param name="Failed">Files that could not be indexed, and why.</param>
/// <param name="Waiting">Files that look half-written or locked; retried shortly.</param>
public sealed record HealthResponse(
    string Status,
    HealthProgress? Progress,
    int Documents,
    int Meetings,
    int Passages,
    DateTimeOffset? IndexedAt,
    long? IndexAgeSeconds,
    bool LlmConfigured,
    SyncSummary? LastSync,
    IReadOnlyList<FileProblem> Failed,
    IReadOnlyList<string> Waiting);
