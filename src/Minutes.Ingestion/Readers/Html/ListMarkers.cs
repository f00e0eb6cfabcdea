using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Readers.Html;

/// <summary>
/// List markers: whether a list item already carries one in its text, and the marker an ordered list shows.
/// Minutes exported from Word to HTML often hide the list style (<c>list-style-type: none</c>) and type the
/// marker into the text ("- Dagsorden blev godkendt", "➤ Vi skal melde tilbage", "a) Der var 90 ..."), so a
/// second marker must not be added.
/// </summary>
internal static partial class ListMarkers
{
    /// <summary>
    /// True when <paramref name="text"/> opens with a bullet symbol or "a)"/"(a)"/"1)" followed by white space.
    /// "1." is not taken for a marker: "3. marts 2023 blev godkendt" opens with a date.
    /// </summary>
    public static bool HasMarker(string text) => TypedMarker().IsMatch(text);

    /// <summary>The marker a browser shows for item <paramref name="number"/> of an <c>ol</c> with <c>type</c>.</summary>
    public static string Ordinal(int number, string type) => type switch
    {
        "a" => Letter(number).ToLowerInvariant() + ". ",
        "A" => Letter(number) + ". ",
        "i" => Roman(number).ToLowerInvariant() + ". ",
        "I" => Roman(number) + ". ",
        _ => number.ToString(CultureInfo.InvariantCulture) + ". ",
    };

    private static string Letter(int number) =>
        number is >= 1 and <= 26 ? ((char)('A' + number - 1)).ToString() : number.ToString(CultureInfo.InvariantCulture);

    private static string Roman(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Digits)[] table =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = string.Empty;
        foreach (var (value, digits) in table)
        {
            while (number >= value)
            {
                result += digits;
                number -= value;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*([-–—•●◦▪■►▶➤➢✓*·o]|\(?[a-zA-ZæøåÆØÅ]\)|\(?\d{1,2}\))\s")]
    private static partial Regex TypedMarker();
}
