using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Finds dates as Danish minutes write them: "3. marts 2023", "den 14. juni 2024", "d. 27. august 2025",
/// "onsdag den 4. december 2012", "29/9 2023", "29/9-2023", "29.09.2023", "27-08-2025", "2023-09-29",
/// "1. okt. 2025", and the old minute books' "Aar 1940 den 9. Januar".
/// </summary>
public static partial class DanishDates
{
    private static readonly string[] MonthNames =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static IEnumerable<(DateOnly Date, int Index)> FindAll(string text)
    {
        foreach (Match m in Written().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            if (month > 0 && TryCreate(m.Groups["year"].Value, month, m.Groups["day"].Value, out var date))
            {
                yield return (date, m.Index);
            }
        }

        foreach (Match m in Numeric().Matches(text))
        {
            if (TryCreate(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value), m.Groups["day"].Value, out var date))
            {
                yield return (date, m.Index);
            }
        }

        foreach (Match m in Dashed().Matches(text))
        {
            if (TryCreate(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value), m.Groups["day"].Value, out var date))
            {
                yield return (date, m.Index);
            }
        }

        foreach (Match m in YearFirst().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            if (month > 0 && TryCreate(m.Groups["year"].Value, month, m.Groups["day"].Value, out var date))
            {
                yield return (date, m.Index);
            }
        }

        foreach (Match m in Iso().Matches(text))
        {
            if (TryCreate(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value), m.Groups["day"].Value, out var date))
            {
                yield return (date, m.Index);
            }
        }
    }

    /// <summary>The first date in <paramref name="text"/>, by position.</summary>
    public static DateOnly? First(string text) =>
        FindAll(text).OrderBy(d => d.Index).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>1-12 for a Danish month name or its abbreviation ("okt", "sept"), else 0.</summary>
    public static int MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        if (lower.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool TryCreate(string year, int month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y < 100)
        {
            y += 2000;
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1800 or > 2100 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    [GeneratedRegex(@"(?<!\d)(?<day>[0-3]?\d)\.?\s*(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(?<year>(18|19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Written();

    [GeneratedRegex(@"(?<![\d/.\-])(?<day>[0-3]?\d)-(?<month>[01]?\d)-(?<year>(18|19|20)\d\d)(?!\d)")]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\b(?<year>(18|19|20)\d\d)\s+(den|d\.)\s+(?<day>[0-3]?\d)\.?\s*(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<![\d/.])(?<day>[0-3]?\d)[/.](?<month>[01]?\d)(?:[./\- ]\s?|\s*-\s*)(?<year>(19|20)\d\d)(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)(?<year>(19|20)\d\d)-(?<month>[01]\d)-(?<day>[0-3]\d)(?!\d)")]
    private static partial Regex Iso();
}
