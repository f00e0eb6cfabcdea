namespace Minutes.Core;

/// <summary>
/// What one walk of the source folders found (<see cref="SourceFolders.Scan"/>): the source files by full
/// path in ordinal order, and the folders that do not exist (an unmounted share must not wipe what was
/// indexed from it). The index applies it: new and changed files added, files gone removed.
/// </summary>
public sealed record SourceScan(IReadOnlyList<string> Files, IReadOnlyList<string> MissingFolders)
{
    /// <summary>Every folder the walk covered, present or not: files indexed under one of them and not found again are gone.</summary>
    public required IReadOnlyList<string> Folders { get; init; }
}
