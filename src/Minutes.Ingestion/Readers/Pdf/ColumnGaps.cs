using System.Text;
using UglyToad.PdfPig.Content;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// Turns the space PdfPig's content-order text puts between two table cells on one line into a tab, so an agenda
/// row reads "1. Velkommen mv.\tLisbet bød velkommen ..." as the Word and HTML readers write it, and the parser
/// can tell the title cell from the text cell. Where a bold line is followed by a plain one, a blank line goes
/// between them, so a heading's plain continuation (a link, "Bilag 7: ...") is not read as part of the title.
/// </summary>
/// <remarks>
/// The extracted text holds the page's visible letters in order with whitespace between them; this walks both
/// together and looks at the real distance between the letters either side of each space. If the two ever get
/// out of step the text is returned unchanged: a missing tab costs less than garbled text.
/// </remarks>
internal static class ColumnGaps
{
    /// <summary>
    /// A gap wider than two font sizes is not a word space, even in stretched justified text. In the fixture
    /// minutes every word space is under half a font size and the narrowest cell gap is 3.4.
    /// </summary>
    private const double ColumnGapInFontSizes = 2.0;

    public static string MarkWithTabs(string text, IReadOnlyList<Letter> letters)
    {
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var result = new StringBuilder(text.Length);
        Letter? previous = null;
        var next = 0;
        var position = 0;
        // Whether the current line is (so far) a bold numbered heading, or the bold continuation of one.
        var lineStart = true;
        var headingLine = false;
        var boldSoFar = false;
        var numbered = false;
        var lineStartX = 0.0;
        while (position < text.Length)
        {
            if (lineStart && !char.IsWhiteSpace(text[position]) && next < visible.Count)
            {
                var bold = IsBold(visible[next]);
                numbered = char.IsDigit(text[position]);
                headingLine = bold && (numbered || headingLine);
                boldSoFar = bold;
                lineStartX = visible[next].StartBaseLine.X;
                lineStart = false;
            }

            if (char.IsWhiteSpace(text[position]))
            {
                var start = position;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                var run = text.AsSpan(start, position - start);
                var isColumnGap = previous is not null && next < visible.Count
                    && !run.ContainsAny('\n', '\r') && IsColumnGap(previous, visible[next]);
                if (isColumnGap)
                {
                    result.Append('\t');
                }
                else if (previous is not null && next < visible.Count && run.ContainsAny('\n', '\r') && !run.Contains("\n\n", StringComparison.Ordinal)
                    && headingLine && boldSoFar && !IsBold(visible[next])
                    && Math.Abs(visible[next].StartBaseLine.X - lineStartX) < 2 * Math.Max(previous.PointSize, 8))
                {
                    // A numbered bold heading followed, in its own column, by a plain line ("6. Nyt fra rammeaftale
                    // Sjælland" / "Link til seneste styregruppereferat"): a blank line keeps the plain line out of the
                    // heading. The text column beside the heading is left as it is.
                    result.Append('\n').Append(run);
                }
                else if (previous is not null && next < visible.Count && !run.ContainsAny('\n', '\r') && headingLine && boldSoFar
                    && !IsBold(visible[next]) && previous.Value != ":")
                {
                    // "specialundervisning Bilag 7: Notat ...": a numbered bold heading (or its bold continuation)
                    // running into plain text on one line; the plain part goes below, set apart.
                    result.Append("\n\n");
                    headingLine = false;
                    lineStart = true;
                }
                else
                {
                    result.Append(run);
                }

                if (run.ContainsAny('\n', '\r'))
                {
                    headingLine = headingLine && boldSoFar;
                    lineStart = true;
                }

                continue;
            }

            if (next >= visible.Count || !text.AsSpan(position).StartsWith(visible[next].Value, StringComparison.Ordinal))
            {
                return text;
            }

            result.Append(visible[next].Value);
            position += visible[next].Value.Length;
            previous = visible[next];
            boldSoFar = boldSoFar && IsBold(previous);
            next++;
        }

        return result.ToString();
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || (letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false);

    private static bool IsColumnGap(Letter left, Letter right)
    {
        var size = Math.Max(left.PointSize, right.PointSize);
        if (size <= 0)
        {
            size = Math.Max(left.BoundingBox.Height, 8);
        }

        var sameLine = Math.Abs(left.StartBaseLine.Y - right.StartBaseLine.Y) < size * 0.5;
        var gap = right.StartBaseLine.X - left.EndBaseLine.X;
        return sameLine && gap > size * ColumnGapInFontSizes;
    }
}
