namespace Minutes.Search.Indexing;

/// <summary>A file sync could not index; its previously indexed passages, if any, are kept.</summary>
/// <param name="File">Full path.</param>
/// <param name="Reason">Why, in words a user can act on.</param>
public sealed record SyncFailure(string File, string Reason);
