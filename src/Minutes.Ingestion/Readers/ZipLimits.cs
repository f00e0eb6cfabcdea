using System.Globalization;
using System.IO.Compression;

namespace Minutes.Ingestion.Readers;

/// <summary>
/// How far a zip package (a .docx) may expand before it is read: a zip bomb is a small file whose
/// entries inflate to gigabytes, and a library that opens it (DocumentFormat.OpenXml) would hold all of
/// it in memory. <see cref="Check"/> inflates every entry into nothing, counting, before any library
/// sees the package, and stops at the first limit passed, so refusing a bomb takes well under a second
/// and a few kilobytes of buffer.
/// </summary>
/// <param name="MaxEntries">Most entries; a Word document has 10-40, a few hundred with many images.</param>
/// <param name="MaxEntryBytes">Largest expanded entry: the file size limit, so no part is larger than a file we accept whole.</param>
/// <param name="MaxTotalBytes">Largest expanded package: twice the file size limit.</param>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    /// <value>1,000 entries.</value>
    public const int DefaultMaxEntries = 1_000;

    /// <summary>
    /// Highest expansion ratio of an entry past <see cref="RatioGraceBytes"/>. Word's XML packs 3-10 times,
    /// pictures about once; a zip bomb's repeated text packs hundreds to a thousand times.
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>1 MB: small entries may pack tighter than <see cref="MaxRatio"/> without harm.</summary>
    public const long RatioGraceBytes = 1024 * 1024;

    /// <summary>The limits for <see cref="IngestionOptions.MaxFileSizeMb"/>.</summary>
    public static ZipLimits For(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fileBytes = options.MaxFileSizeMb * 1024L * 1024L;
        return new ZipLimits(DefaultMaxEntries, fileBytes, 2 * fileBytes);
    }

    /// <summary>
    /// Throws <see cref="UnreadableDocumentException"/> naming the limit when <paramref name="package"/>
    /// has too many entries or an entry expands too far. A damaged package throws <see cref="InvalidDataException"/>,
    /// as <see cref="ZipArchive"/> does, for the reader to word for its format.
    /// </summary>
    public void Check(byte[] package)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > MaxEntries)
        {
            throw Refused($"the package holds {archive.Entries.Count:N0} entries (limit {MaxEntries:N0})");
        }

        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            // The sizes in the zip's directory are the sender's claim: count what actually inflates.
            using var stream = entry.Open();
            long expanded = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                expanded += read;
                total += read;
                CheckExpansion(entry.FullName, expanded, entry.CompressedLength, total);
            }
        }
    }

    /// <summary>
    /// Throws when entry <paramref name="name"/>, <paramref name="packed"/> bytes in the zip, has expanded to
    /// <paramref name="expanded"/> bytes so far, and the package to <paramref name="total"/>, past a limit.
    /// For readers that inflate entries themselves (<c>DocxSalvage</c> on a package without a directory).
    /// </summary>
    public void CheckExpansion(string name, long expanded, long packed, long total)
    {
        if (expanded > MaxEntryBytes)
        {
            throw Refused($"'{name}' expands to more than {MaxEntryBytes:N0} bytes, the limit for one part");
        }

        if (expanded > RatioGraceBytes && expanded > MaxRatio * Math.Max(1, packed))
        {
            throw Refused($"'{name}' expands more than {MaxRatio} times its packed {packed:N0} bytes");
        }

        if (total > MaxTotalBytes)
        {
            throw Refused($"the package expands to more than {MaxTotalBytes:N0} bytes, the limit for all parts");
        }
    }

    internal static UnreadableDocumentException Refused(FormattableString reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"refused as a likely zip bomb: {reason.ToString(CultureInfo.InvariantCulture)}"));
}
