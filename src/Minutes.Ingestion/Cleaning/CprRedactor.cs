using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// Replaces Danish CPR numbers (ddmmyy-xxxx, also with a space or no separator when the date part
/// is a real day and month) with "[CPR]", so none is ever stored, indexed, logged or returned. The one masking
/// function: text, file names, queries, responses and every log line (<see cref="Logging.CprRedactingLoggerFactory"/>) use it.
/// </summary>
public static partial class CprRedactor
{
    public const string Mask = "[CPR]";

    public static string Redact(string text) =>
        text.Contains('-') || text.Length >= 10 ? CprPattern().Replace(text, Replace) : text;

    private static string Replace(Match match)
    {
        var day = int.Parse(match.Groups["d"].ValueSpan);
        var month = int.Parse(match.Groups["m"].ValueSpan);
        // A ten-digit run that is not a valid day and month is a phone or case number, not a CPR.
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 ? Mask : match.Value;
    }

    // Not inside a longer run of numbers ("12-010190-1234", "1/010190-1234"), but a dash after a word is a
    // separator: a file name "referat-borger-020290-5678-bilag.txt" holds a CPR number.
    [GeneratedRegex(@"(?<![\d/.])(?<![\d/.]-)(?<d>[0-3]\d)(?<m>[01]\d)\d\d[- ]?\d{4}(?![\d/])(?!-\d)")]
    private static partial Regex CprPattern();
}
