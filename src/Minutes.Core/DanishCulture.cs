using System.Globalization;

namespace Minutes.Core;

/// <summary>
/// The Danish culture, in one place: for lower-casing Danish words ("Å" to "å") and for dates written
/// out as minutes write them ("14. juni 2024").
/// </summary>
public static class DanishCulture
{
    public static CultureInfo Info { get; } = CultureInfo.GetCultureInfo("da-DK");
}
