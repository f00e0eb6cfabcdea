namespace Minutes.Core;

/// <summary>
/// The outcome of ingesting one file: its meeting, or why it could not be read. One document holds one meeting.
/// </summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record ParsedFile(string Path, string ContentHash, Meeting? Meeting, string? Error)
{
    public bool Succeeded => Meeting is not null;
}
