namespace Minutes.Api.Indexing;

/// <summary>A file that could not be indexed or uploaded, and why.</summary>
/// <param name="File">The file name (relative to its source folder), never a full server path.</param>
public sealed record FileProblem(string File, string Reason);
