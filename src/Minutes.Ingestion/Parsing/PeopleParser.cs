using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Reads a participant list as minutes write it: "Carina Bom (Lejre), Helle Stisen og Charlotte
/// Jensen (Solrød), Julie Folke (fagcenterchef, Kalundborg Kommune)". Names sharing one bracket
/// share its municipality; "Kommune" and job titles are dropped from it.
/// </summary>
public static partial class PeopleParser
{
    public static IReadOnlyList<Person> Parse(string text)
    {
        var people = new List<Person>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var consumed = 0;
        foreach (Match m in Group().Matches(text))
        {
            consumed = m.Index + m.Length;
            var municipality = Municipality(m.Groups["org"].Value);
            foreach (var name in SplitNames(m.Groups["names"].Value))
            {
                if (seen.Add(name))
                {
                    people.Add(new Person(name, municipality));
                }
            }
        }

        // Names after the last bracket ("..., Christian Sørensen") have no municipality.
        foreach (var name in SplitNames(text[consumed..]))
        {
            if (seen.Add(name))
            {
                people.Add(new Person(name, null));
            }
        }

        return people;
    }

    private static IEnumerable<string> SplitNames(string names)
    {
        foreach (var part in Separator().Split(names))
        {
            var name = Noise().Replace(part, "").Trim(' ', '.', ',', ';', ':', '\t');
            if (LooksLikeName(name))
            {
                yield return name;
            }
        }
    }

    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && name.Length <= 50
            && words.All(w => char.IsUpper(w[0]) || w is "af" or "von" or "van" or "de" or "la")
            && words.Any(w => w.Length >= 2 && w.Skip(1).Any(char.IsLower));
    }

    private static string? Municipality(string org)
    {
        var parts = org.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // "fagcenterchef, Kalundborg Kommune": the place is the part with a capital, usually the last.
        var place = parts.LastOrDefault(p => p.Length > 0 && char.IsUpper(p[0])) ?? parts.LastOrDefault();
        if (place is null)
        {
            return null;
        }

        place = KommuneSuffix().Replace(place, "").Trim();
        return place.Length is > 0 and <= 40 ? place : null;
    }

    [GeneratedRegex(@"(?<names>[^()]+?)\s*\((?<org>[^()]{1,80})\)")]
    private static partial Regex Group();

    [GeneratedRegex(@",|;|\bog\b|\bsamt\b|\s&\s", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(deltagere|fraværende|afbud|til stede|referat|referent)\s*[:.]?|\b(samt\s+)?under\s+(pkt|punkt)\.?\s*[\d\s,og]+", RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\s+(Kommune|kommune|Kommunes)$")]
    private static partial Regex KommuneSuffix();
}
