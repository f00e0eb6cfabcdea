using System.Globalization;

namespace Minutes.Search.Querying;

/// <summary>The Danish culture, for lower-casing query words.</summary>
internal static class Culture
{
    public static CultureInfo Danish { get; } = CultureInfo.GetCultureInfo("da-DK");
}
