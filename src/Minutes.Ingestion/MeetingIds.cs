using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion;

/// <summary>
/// The ids of meetings and agenda items, one rule for every way a meeting is made (parsed from text or read
/// from a publication feed), so a file keeps its ids whichever step produced its meeting.
/// </summary>
internal static partial class MeetingIds
{
    /// <summary>Stable across runs and edits: the file name made readable plus a short hash of it.</summary>
    public static string For(SourceDocument source)
    {
        var name = Path.GetFileName(source.File).ToLowerInvariant();
        var slug = NonSlug().Replace(Path.GetFileNameWithoutExtension(name), "-").Trim('-');
        if (slug.Length > 40)
        {
            slug = slug[..40].Trim('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..6];
        return $"{slug}-{hash}";
    }

    /// <summary>The id of the item at 1-based <paramref name="ordinal"/> in the meeting.</summary>
    public static string Item(string meetingId, int ordinal) => $"{meetingId}-{ordinal}";

    [GeneratedRegex(@"[^a-z0-9æøå]+")]
    private static partial Regex NonSlug();
}
