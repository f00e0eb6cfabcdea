using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// A line about who attended, written into a decision: "Afbud: Per Lund Sørensen", "Afbud: Torben Hoffmann
/// (Stedfortræder: Conni Bergendorff), Tina Rottbøll", "Fraværende: Tina Rottbøll", "Ikke til stede: Simon
/// Østergaard (V)", "Afbud fra Tina Rottbøll (A)", "Dorthe Bøgh Madsen deltog som stedfortræder.". Such a line
/// says who was there, not what was decided.
/// </summary>
/// <param name="Cancelled">True for "Afbud" (sent apologies for the meeting); false for absence from the item.</param>
/// <param name="Absent">Names absent, without party letters.</param>
/// <param name="Substitutes">Names attending in a member's place.</param>
internal sealed partial record AttendanceNote(bool Cancelled, IReadOnlyList<string> Absent, IReadOnlyList<string> Substitutes)
{
    /// <summary>The note in <paramref name="line"/>, or null when the line is not about attendance.</summary>
    public static AttendanceNote? Parse(string line)
    {
        line = line.Trim();
        if (SubstituteLine().Match(line) is { Success: true } substitute)
        {
            return new AttendanceNote(false, [], [Clean(substitute.Groups["name"].Value)]);
        }

        if (AbsenceLine().Match(line) is not { Success: true } absence)
        {
            return null;
        }

        var absent = new List<string>();
        var substitutes = new List<string>();
        var names = absence.Groups["names"].Value;
        foreach (Match standIn in StandIn().Matches(names))
        {
            substitutes.Add(Clean(standIn.Groups["name"].Value));
        }

        foreach (var part in Separators().Split(StandIn().Replace(names, "")))
        {
            var name = Clean(part);
            if (name.Length > 0)
            {
                absent.Add(name);
            }
        }

        var cancelled = absence.Groups["label"].Value.StartsWith("Afbud", StringComparison.OrdinalIgnoreCase);
        return absent.Count == 0 && substitutes.Count == 0 ? null : new AttendanceNote(cancelled, absent, substitutes);
    }

    /// <summary>True for a label alone on its line ("Ikke til stede:"), whose names follow on the next line.</summary>
    public static bool IsLabel(string line) => Label().IsMatch(line.Trim());

    /// <summary>A name without its party in brackets ("Simon Østergaard (V)") and trailing punctuation.</summary>
    private static string Clean(string name) => Party().Replace(name, "").Trim().TrimEnd('.', ',', ';').Trim();

    [GeneratedRegex(@"^(?<label>Afbud|Fraværende|Ikke til ?stede)\s*(:|fra\b)\s*(?<names>\S.{0,400})$", RegexOptions.IgnoreCase)]
    private static partial Regex AbsenceLine();

    [GeneratedRegex(@"^(Afbud|Fraværende|Ikke til ?stede)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\-.]*(\s+\p{Lu}[\p{L}\-.]*){0,4})(\s*\([^)]{1,12}\))?\s+deltog som (stedfortræder|suppleant)\b")]
    private static partial Regex SubstituteLine();

    [GeneratedRegex(@"\(\s*(Stedfortræder|Suppleant)\s*:\s*(?<name>[^)]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex StandIn();

    [GeneratedRegex(@"\s*,\s*|\s+og\s+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s*\([^)]{1,12}\)")]
    private static partial Regex Party();
}
