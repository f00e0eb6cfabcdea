using System.Security.Cryptography;
using Minutes.Core;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Readers;

/// <summary>Builds the <see cref="SourceDocument"/> every reader returns.</summary>
internal static class SourceDocuments
{
    /// <summary>
    /// The file name shown and cited (and the meeting id made from it) has CPR numbers masked, as the text
    /// has: "referat-020290-5678.txt" is cited as "referat-[CPR].txt". The path keeps the real name.
    /// </summary>
    public static SourceDocument Create(string path, byte[] content, string format, int pages) =>
        new(CprRedactor.Redact(Path.GetFileName(path)), format, pages, Path.GetFullPath(path), Hash(content));

    /// <summary>Lower-case hex SHA-256: the content hash that keys the OCR cache and incremental indexing.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
