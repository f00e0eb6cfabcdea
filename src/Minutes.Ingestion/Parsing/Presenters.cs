using System.Text.RegularExpressions;
using Minutes.Core;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Minutes without a participant list still name who presented each item ("Velkomst ... v. Stine Gran,
/// afdelingsleder", "Oplæg ... v. Kim Risom Rasmussen, leder af Børnehus Sjælland"): they attended, so they are
/// the participants the minutes give. Used only when no "Deltagere:"/"Medlemmer:" list is labelled.
/// </summary>
internal static partial class Presenters
{
    public static IReadOnlyList<Person> Find(IReadOnlyList<CleanLine> lines, IReadOnlyList<Person> absent)
    {
        var text = string.Join(" ", lines.Select(l => l.Text.Trim()));
        var known = absent.Select(p => p.Name).ToList();
        var people = new List<Person>();
        foreach (Match m in Presenter().Matches(text))
        {
            var name = m.Groups["name"].Value;
            // "v. Stine Gran" again, or "v. Stine Gran Kalundborg" where the text ran on: the same person.
            if (known.Any(k => k.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            known.Add(name);
            people.Add(new Person(name, null));
        }

        return people;
    }

    [GeneratedRegex(@"\bv\.\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})")]
    private static partial Regex Presenter();
}
