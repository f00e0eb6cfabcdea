using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Readers.Text;

/// <summary>
/// Puts back the bullets a Windows-1252 ("ANSI") save destroyed. Word's arrow bullet "➢" (U+27A2) is not in
/// Windows-1252, so saving minutes as ANSI text writes "?" in its place: "➢ Aftalt at Kim undersøger ..."
/// becomes "? Aftalt at Kim undersøger ...". A question mark followed by a space never opens a line of Danish
/// prose, so at the start of a line it is read back as "➢", the bullet these minutes use.
/// </summary>
/// <remarks>Only applied to text decoded as Windows-1252; in UTF-8 text a "?" is what was written.</remarks>
internal static partial class LostBullets
{
    public static string Restore(string text) => LostBullet().Replace(text, "➢ ");

    [GeneratedRegex(@"^\? ", RegexOptions.Multiline)]
    private static partial Regex LostBullet();
}
