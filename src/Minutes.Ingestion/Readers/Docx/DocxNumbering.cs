using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Ingestion.Readers.Docx;

/// <summary>
/// The marker Word shows before a list paragraph. Word keeps list numbers out of the text: an agenda typed as a
/// numbered list ("1. Velkommen") has only "Velkommen" in its runs, so the number is recomputed here from the
/// numbering definitions, counting per list in document order. Bullets of any symbol become "- ".
/// </summary>
/// <remarks>
/// Follows a paragraph's own <c>w:numPr</c>, else its style's (and the styles it is based on), so numbered
/// headings count too. Not modelled: restarts after a higher level of another list (<c>lvlRestart</c>),
/// legal numbering (<c>isLgl</c>) and lists linked through numbering styles; those fall back to plain counting.
/// </remarks>
internal sealed partial class DocxNumbering
{
    private const int Levels = 9;

    private readonly Numbering? _numbering;
    private readonly Styles? _styles;
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(MainDocumentPart part)
        : this(part.NumberingDefinitionsPart?.Numbering, part.StyleDefinitionsPart?.Styles)
    {
    }

    /// <summary>From parts read without a package (a damaged file); either may be missing.</summary>
    public DocxNumbering(Numbering? numbering, Styles? styles)
    {
        _numbering = numbering;
        _styles = styles;
    }

    /// <summary>
    /// True when the text already opens with a typed marker ("- ", "➤ ", "a) "), as in minutes converted from
    /// HTML whose list style was hidden; then no second marker is added.
    /// </summary>
    public static bool HasTypedMarker(string line) => TypedMarker().IsMatch(line);

    /// <summary>
    /// The marker for <paramref name="paragraph"/> with a trailing space ("- ", "3. ", "b) "), or null when it is
    /// not a list paragraph. Advances the list's counter, so call it once per paragraph, in document order.
    /// </summary>
    public string? MarkerFor(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties
            ?? StyleNumbering(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var numId = properties?.NumberingId?.Val?.Value;
        if (numId is null or 0)
        {
            return null;
        }

        var levelIndex = Math.Clamp(properties?.NumberingLevelReference?.Val?.Value ?? 0, 0, Levels - 1);
        var levels = LevelsOf(numId.Value);
        var level = levels[levelIndex];
        var format = level?.NumberingFormat?.Val?.Value;
        if (format is null || format == NumberFormatValues.Bullet)
        {
            return "- ";
        }

        if (format == NumberFormatValues.None)
        {
            return null;
        }

        var counters = CountersOf(numId.Value);
        counters[levelIndex] = counters[levelIndex] == 0 ? Start(level) : counters[levelIndex] + 1;
        Array.Fill(counters, 0, levelIndex + 1, Levels - levelIndex - 1);

        var pattern = level?.LevelText?.Val?.Value ?? "%1.";
        var marker = new StringBuilder(pattern);
        for (var k = 0; k <= levelIndex; k++)
        {
            var value = counters[k] == 0 ? Start(levels[k]) : counters[k];
            marker.Replace("%" + (k + 1).ToString(CultureInfo.InvariantCulture), Format(value, levels[k]?.NumberingFormat?.Val?.Value));
        }

        var text = marker.ToString().Trim();
        return text.Length == 0 ? null : text + " ";
    }

    private NumberingProperties? StyleNumbering(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            var style = _styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            if (style?.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering;
            }

            styleId = style?.BasedOn?.Val?.Value;
        }

        return null;
    }

    private Level?[] LevelsOf(int numId)
    {
        var levels = new Level?[Levels];
        var instance = _numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = _numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        foreach (var level in definition?.Elements<Level>() ?? [])
        {
            if (level.LevelIndex?.Value is int index and >= 0 and < Levels)
            {
                levels[index] = level;
            }
        }

        foreach (var levelOverride in instance?.Elements<LevelOverride>() ?? [])
        {
            if (levelOverride.LevelIndex?.Value is int index and >= 0 and < Levels && levelOverride.Level is { } level)
            {
                levels[index] = level;
            }
        }

        return levels;
    }

    private int[] CountersOf(int numId)
    {
        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[Levels];
            _counters[numId] = counters;
        }

        return counters;
    }

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = value is >= 1 and <= 26 ? ((char)('a' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
            return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Digits)[] table =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new StringBuilder();
        foreach (var (step, digits) in table)
        {
            for (; value >= step; value -= step)
            {
                result.Append(digits);
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^\s*([-–—•●◦▪■►▶➤➢✓*·o]|\(?[a-zA-ZæøåÆØÅ]\)|\(?\d{1,2}\))\s")]
    private static partial Regex TypedMarker();
}
