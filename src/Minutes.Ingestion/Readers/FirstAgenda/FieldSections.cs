using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Minutes.Core;
using Minutes.Ingestion.Readers.Html;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// Turns the published HTML of an agenda item's fields (<c>Felter[].Html</c>) into sections: the text is cut at
/// the headings that name a part of the case ("Beslutning", "Fremstilling", "Indstilling", "Sagens forløb", ...),
/// and each part rendered as readable lines by <see cref="HtmlTextRenderer"/> (paragraphs and list items one per
/// line, ordered lists numbered as shown, entities decoded, images and scripts dropped).
/// </summary>
/// <remarks>
/// FirstAgenda templates put those headings at different levels: Greve's older items have
/// <c>&lt;h3&gt;Fremstilling&lt;/h3&gt;</c> wrapping <c>&lt;h2&gt;Resume&lt;/h2&gt;</c>, <c>&lt;h2&gt;Indstilling&lt;/h2&gt;</c>;
/// newer ones <c>&lt;h4&gt;</c> or <c>&lt;h3&gt;</c>. Case writers also use heading tags for emphasis, table cells and
/// whole sentences ("Der er ikke høringspligt i denne sag."), so a heading is a section when it names a known
/// part of a case, or is a short <c>h3</c> (the template's own level) outside a table; any other heading stays
/// in the text as a line of its own. A heading with no text under it before the next (the "Fremstilling"
/// wrapper) makes no section. Items written outside the template head their parts with a bold paragraph
/// (<c>&lt;p&gt;&lt;strong&gt;Indstilling&lt;/strong&gt;&lt;/p&gt;</c>); such a paragraph is a heading when it names a known part.
/// </remarks>
internal static partial class FieldSections
{
    /// <summary>The section of a closed item: its only published text is the decision, without a heading.</summary>
    public const string Decision = "Beslutning";

    /// <summary>The parts of a case that FirstAgenda templates head, as Greve and Aarhus publish them.</summary>
    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Beslutning", "Fremstilling", "Sagsfremstilling", "Sagfremstilling", "Sagens forløb", "Sagsprocedure",
        "Sagsprocedurer", "Sagsproces", "Resume", "Resumé", "Indstilling", "Supplerende indstilling", "Sagsbeskrivelse",
        "Supplerende sagsbeskrivelse", "Supplerende sagsfremstilling", "Ny supplerende sagsfremstilling",
        "Økonomiske konsekvenser", "Økonomi", "Lovgrundlag", "Lovgrunlag", "Lovhjemmel", "Tidsplan", "Kommunikation",
        "Høring", "Høringspligt", "Øvrige konsekvenser", "Øvrige forhold", "Yderligere forhold", "Øvrig information",
        "Baggrund", "Miljøvurdering", "Bilag", "Sammenfatning", "Begrundelse for at sagen behandles for lukkede døre",
        "Historik", "Beslutningstema", "Problemstilling", "Løsning", "Konsekvenser", "Administrationens indstilling",
    };

    private const char Marker = '\uE000';

    // A parser costs more to create than a field costs to parse (Greve's 5,466 items: 13 s against 5 s); one per
    // thread, because the pipeline reads files in parallel and AngleSharp does not promise a parser is thread-safe.
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>
    /// The sections of one field's HTML, in published order. Text before the first heading becomes a section
    /// named <paramref name="untitled"/> ("" when the caller has no name for it).
    /// </summary>
    public static IReadOnlyList<Section> Read(string html, string untitled)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        using var document = (_parser ??= new HtmlParser()).ParseDocument(html);
        var names = new List<string>();
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p").ToList())
        {
            var name = HeadingName(heading);
            if (name is null)
            {
                continue;
            }

            // The renderer knows nothing of sections: a heading becomes a marker paragraph to cut the lines at.
            var marker = document.CreateElement("p");
            marker.TextContent = $"{Marker}{names.Count}{Marker}";
            heading.Replace(marker);
            names.Add(name);
        }

        var root = (INode?)document.Body ?? document;
        var sections = new List<Section>();
        var current = untitled;
        var lines = new List<string>();
        foreach (var line in HtmlTextRenderer.Render(root))
        {
            if (line.Length > 2 && line[0] == Marker && line[^1] == Marker && int.TryParse(line.AsSpan(1, line.Length - 2), out var index))
            {
                Flush();
                current = names[index];
            }
            else
            {
                lines.Add(line);
            }
        }

        Flush();
        return sections;

        void Flush()
        {
            if (lines.Count > 0)
            {
                sections.Add(new Section(current, string.Join("\n", lines)));
            }

            lines.Clear();
        }
    }

    /// <summary>The heading's text when it heads a section, else null.</summary>
    private static string? HeadingName(IElement heading)
    {
        var text = Spaces().Replace(heading.TextContent, " ").Trim().TrimEnd(':').TrimEnd();
        if (text.Length == 0 || heading.Closest("table") is not null)
        {
            return null;
        }

        if (heading.LocalName == "p")
        {
            // Items written without the template put the headings in bold paragraphs: "<p><strong>Indstilling</strong></p>".
            var bold = heading.QuerySelector("strong, b");
            return bold is not null && KnownNames.Contains(text)
                && Spaces().Replace(bold.TextContent, " ").Trim().TrimEnd(':').TrimEnd() == text
                ? text
                : null;
        }

        if (KnownNames.Contains(text)
            || (text.StartsWith("Supplerende ", StringComparison.OrdinalIgnoreCase) && text.Length <= 100))
        {
            return text;
        }

        var isTemplateLevel = heading.LocalName == "h3";
        return isTemplateLevel && text.Length <= 60 && !text.EndsWith('.') && text.Any(char.IsLetter) ? text : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
