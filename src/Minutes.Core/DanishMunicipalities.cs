using System.Globalization;

namespace Minutes.Core;

/// <summary>
/// Denmark's 98 municipalities and 5 regions (the data file <c>Data/danish-municipalities.txt</c>, the
/// one list the code knows them by). Minutes name a participant's organisation in brackets, and not
/// every bracket is a municipality ("Børnehus Sjælland", "Socialrådgiver Bakkehuset/Roskilde"): this
/// tells them apart, so a municipality filter lists only municipalities and regions.
/// </summary>
public static class DanishMunicipalities
{
    private static readonly Dictionary<string, string> ByKey = Load();

    /// <summary>The official names, municipalities first, then regions, in the file's order.</summary>
    public static IReadOnlyCollection<string> Names => ByKey.Values;

    /// <summary>
    /// The official name for <paramref name="name"/>, or null when it is no Danish municipality or region.
    /// Case, a trailing "Kommune" and aa for å do not matter: "Københavns Kommune" → "København",
    /// "Århus" → "Aarhus", "region sjælland" → "Region Sjælland".
    /// </summary>
    public static string? Official(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = Key(name);
        if (ByKey.TryGetValue(key, out var official))
        {
            return official;
        }

        // The genitive of a name ("Københavns", "Holbæks Kommune").
        return key.EndsWith('s') && ByKey.TryGetValue(key[..^1], out official) ? official : null;
    }

    /// <summary>Whether <paramref name="name"/> is a Danish municipality or region (see <see cref="Official"/>).</summary>
    public static bool Contains(string? name) => Official(name) is not null;

    private static string Key(string name)
    {
        var key = name.Trim().ToLower(CultureInfo.GetCultureInfo("da-DK"));
        foreach (var suffix in new[] { " kommunes", " kommune" })
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length].TrimEnd();
            }
        }

        return key.Replace("aa", "å", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(DanishMunicipalities).Assembly.GetManifestResourceStream("danish-municipalities.txt")
            ?? throw new InvalidOperationException("The embedded resource danish-municipalities.txt is missing from Minutes.Core.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && !name.StartsWith('#'))
            {
                names[Key(name)] = name;
            }
        }

        return names;
    }
}
