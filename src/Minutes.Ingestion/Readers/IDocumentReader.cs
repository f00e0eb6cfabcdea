using Minutes.Core;

namespace Minutes.Ingestion.Readers;

/// <summary>
/// Turns one file of one format into page texts. Readers are registered as
/// <c>IEnumerable&lt;IDocumentReader&gt;</c> and picked by file extension, so a new format needs no switch.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Lower-case extensions with the dot, e.g. ".pdf".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads <paramref name="path"/>. A file that cannot be read (encrypted, truncated, not the format
    /// its name says, binary) throws <see cref="UnreadableDocumentException"/> with a reason a user can act on;
    /// any other exception is a bug.
    /// </summary>
    Task<DocumentText> ReadAsync(string path, CancellationToken cancellationToken);
}
