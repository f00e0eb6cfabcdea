using System.Globalization;

namespace Minutes.Search.Indexing;

/// <summary>The Danish culture, for dates shown in passages ("14. juni 2024").</summary>
internal static class Culture
{
    public static CultureInfo Danish { get; } = CultureInfo.GetCultureInfo("da-DK");
}
