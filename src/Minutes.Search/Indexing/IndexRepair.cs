using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace Minutes.Search.Indexing;

/// <summary>
/// What <see cref="MinutesIndex"/> does when a sync finds its folder unwritable because of the index's
/// own files (a segment file gone, a corrupt one), as opposed to the disk (full, read-only), which no
/// repair fixes.
/// </summary>
internal static class IndexRepair
{
    /// <summary>True when <paramref name="error"/> is damage to the index's files rather than the disk refusing writes.</summary>
    public static bool IsDamage(Exception? error, string indexPath) => error switch
    {
        CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException => true,
        FileNotFoundException missing => missing.FileName is null || missing.FileName.StartsWith(indexPath, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// Checks the last commit; drops segments that cannot be read (their files' records go with them, so
    /// the sync indexes those files again). Returns what was done, or null when the commit cannot be read at all.
    /// </summary>
    public static string? CheckAndFix(Lucene.Net.Store.Directory directory, ILogger logger)
    {
        try
        {
            var check = new CheckIndex(directory);
            var status = check.DoCheckIndex();
            if (status.Clean)
            {
                return "rolled back to the last commit, which checks clean";
            }

            if (status.MissingSegments || status.CantOpenSegments)
            {
                return null;
            }

            check.FixIndex(status);
            logger.LogWarning("Dropped {SegmentCount} broken segments ({DocumentCount} documents) from the last commit", status.NumBadSegments, status.TotLoseDocCount);
            return $"dropped {status.NumBadSegments} broken segments ({status.TotLoseDocCount} documents) from the last commit";
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or LockObtainFailedException)
        {
            logger.LogWarning(ex, "The last commit of the index cannot be read");
            return null;
        }
    }
}
