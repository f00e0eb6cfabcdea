using System.Globalization;
using System.Text;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// OCR text on disk, one UTF-8 file per (content hash, page, language): "{hash}.p{page}.{language}.txt".
/// Keyed by content rather than name, so a renamed or re-ingested file is served from the cache and an edited
/// file is OCR'd afresh. A null folder disables the cache.
/// </summary>
internal sealed class OcrCache(string? folder)
{
    public bool IsEnabled => folder is not null;

    /// <summary>The cache file for a page; null when the cache is disabled.</summary>
    public string? PathFor(string contentHash, int page, string language)
    {
        if (folder is null)
        {
            return null;
        }

        // "dan+eng" and the like are safe in file names, but keep only plain characters to be sure.
        var safeLanguage = new string(language.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{contentHash}.p{page}.{safeLanguage}.txt"));
    }

    public async Task<string?> TryReadAsync(string contentHash, int page, string language, CancellationToken cancellationToken)
    {
        var path = PathFor(contentHash, page, language);
        return path is not null && File.Exists(path)
            ? await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken)
            : null;
    }

    /// <summary>Writes via a temporary file and a rename, so a crash or a parallel ingest never leaves half a page.</summary>
    public async Task WriteAsync(string contentHash, int page, string language, string text, CancellationToken cancellationToken)
    {
        var path = PathFor(contentHash, page, language);
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
