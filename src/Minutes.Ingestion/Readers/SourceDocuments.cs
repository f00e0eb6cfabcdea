using System.Security.Cryptography;
using Minutes.Core;

namespace Minutes.Ingestion.Readers;

/// <summary>Builds the <see cref="SourceDocument"/> every reader returns.</summary>
internal static class SourceDocuments
{
    public static SourceDocument Create(string path, byte[] content, string format, int pages) =>
        new(Path.GetFileName(path), format, pages, Path.GetFullPath(path), Hash(content));

    /// <summary>Lower-case hex SHA-256: the content hash that keys the OCR cache and incremental indexing.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
