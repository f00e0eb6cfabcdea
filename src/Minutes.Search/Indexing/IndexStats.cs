namespace Minutes.Search.Indexing;

/// <summary>How much the index holds and how old its last commit is.</summary>
/// <param name="Documents">Source files indexed.</param>
/// <param name="LastCommit">When the last commit was made; null for an empty, never-synced index.</param>
public sealed record IndexStats(int Documents, int Meetings, int Passages, DateTimeOffset? LastCommit)
{
    /// <summary>Time since <see cref="LastCommit"/>, null when there is none.</summary>
    public TimeSpan? Age => LastCommit is { } at ? DateTimeOffset.UtcNow - at : null;
}
