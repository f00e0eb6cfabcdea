namespace Minutes.Search.Indexing;

/// <summary>What sync knows about a file on disk (or remembers of it from the index).</summary>
/// <param name="Path">Full path; the file id.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Size">Bytes.</param>
/// <param name="ModifiedTicks">Last write time, UTC ticks.</param>
internal sealed record FileFacts(string Path, string ContentHash, long Size, long ModifiedTicks);
