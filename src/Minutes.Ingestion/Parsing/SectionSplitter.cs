using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Splits an item's lines at section headings ("Baggrund:", "Indstilling:", "Beslutning:", ...), also when the
/// heading names the body and the day ("Beslutning i Økonomiudvalget den 19-11-2025").
/// Returns the sections and, per line, the name of the section it belongs to (null before the first).
/// </summary>
internal static partial class SectionSplitter
{
    private static readonly Regex Heading = new(
        @"^\s*(?<name>" + string.Join("|", DanishHeadings.Sections.OrderByDescending(s => s.Length).Select(Regex.Escape))
        + @")(\s+(i|fra)\s+\p{Lu}[\p{L}\- ]{1,60}?\s+(den|d\.)\s+\d{1,2}[.\-/ ]\s*(\d{1,2}|\p{L}+)\.?[\-/ ]\s*\d{2,4})?\s*(:\s*(?<rest>.*)|\s*)$",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static (IReadOnlyList<Section> Sections, string?[] SectionOfLine) Split(IReadOnlyList<string> lines)
    {
        var sections = new List<Section>();
        var sectionOfLine = new string?[lines.Count];
        string? name = null;
        var text = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = Heading.Match(lines[i]);
            if (match.Success)
            {
                Flush();
                name = Canonical(match.Groups["name"].Value);
                var rest = match.Groups["rest"].Value.Trim();
                if (rest.Length > 0)
                {
                    text.Add(rest);
                }
            }
            else if (name is not null)
            {
                text.Add(lines[i]);
            }

            sectionOfLine[i] = name;
        }

        Flush();
        return (sections, sectionOfLine);

        void Flush()
        {
            if (name is not null)
            {
                sections.Add(new Section(name, string.Join("\n", text).Trim()));
            }

            text.Clear();
        }
    }

    /// <summary>The text of a heading line after its colon, e.g. "Konklusion: Der er ikke behov ..." -> "Der er ikke behov ...".</summary>
    public static string? RestOfHeading(string line)
    {
        var match = Heading.Match(line);
        return match.Success ? match.Groups["rest"].Value.Trim() : null;
    }

    private static string Canonical(string name) =>
        DanishHeadings.Sections.First(s => s.Equals(name, StringComparison.OrdinalIgnoreCase));
}
