using System.Globalization;
using Minutes.Core;

namespace Minutes.Ingestion.Readers;

/// <summary>
/// The one rule for the text every reader produces, whatever the format: no line longer than
/// <see cref="MaxLineLength"/> characters and no more than <see cref="MaxCharacters"/> in all. A runaway
/// line (an export without line breaks, a web page whose whole text is one paragraph) would otherwise
/// take the cleaner and parser a minute and a gigabyte; refused here it costs the time the reader took.
/// </summary>
/// <remarks>
/// The rule is about the text, not the markup: a web page minified onto one line whose paragraphs
/// become lines of text is read like the same text saved as .txt.
/// </remarks>
public static class TextLimits
{
    /// <summary>100,000 characters: a real paragraph of minutes is at most a few thousand.</summary>
    public const int MaxLineLength = 100_000;

    /// <summary>20 M characters, the size limit of a .txt file: the longest real minutes are a few hundred thousand.</summary>
    public const long MaxCharacters = 20L * 1024 * 1024;

    /// <summary>Throws <see cref="UnreadableDocumentException"/> when <paramref name="document"/> breaks the rule.</summary>
    public static void Check(DocumentText document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var characters = document.Pages.Sum(p => (long)p.Text.Length);
        if (characters > MaxCharacters)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"{characters:N0} characters of text: not minutes (limit {MaxCharacters:N0})"));
        }

        foreach (var page in document.Pages)
        {
            CheckLines(page.Text);
        }
    }

    /// <summary>Throws <see cref="UnreadableDocumentException"/> naming the longest line when one is over <see cref="MaxLineLength"/>.</summary>
    public static void CheckLines(ReadOnlySpan<char> text)
    {
        var longest = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('\n', '\r');
            var line = end < 0 ? text.Length : end;
            longest = Math.Max(longest, line);
            text = end < 0 ? [] : text[(end + 1)..];
        }

        if (longest > MaxLineLength)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"one line of {longest:N0} characters: not minutes text (limit {MaxLineLength:N0} per line)"));
        }
    }
}
