using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Minutes.Tests.Ingestion.Readers.FirstAgenda;

/// <summary>
/// What a FirstAgenda publication says, read straight from its JSON for the tests to compare the reader with:
/// a deliberately plain reading (JsonDocument, and the HTML's text with line breaks at br/p/div/li) that shares
/// no code with the reader.
/// </summary>
internal sealed partial record PublishedMeeting(
    string Body,
    DateTimeOffset Start,
    IReadOnlyList<PublishedItem> Items,
    IReadOnlyList<string> FlaggedAbsent)
{
    public static PublishedMeeting Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var moede = root.GetProperty("Moede");
        var items = root.GetProperty("Dagsordenpunkter").EnumerateArray().Select(item =>
        {
            var caption = item.GetProperty("Caption").GetString()!.Trim();
            var closed = caption.StartsWith("Lukket", StringComparison.Ordinal);
            var html = string.Concat(item.GetProperty("Felter").EnumerateArray().Select(f => f.GetProperty("Html").GetString()));
            var attachments = item.TryGetProperty("Bilag", out var bilag) && bilag.ValueKind == JsonValueKind.Array
                ? bilag.EnumerateArray().Select(b => b.GetProperty("Navn").GetString()!.Trim()).ToList()
                : [];
            return new PublishedItem(
                item.GetProperty("Number").GetString()!,
                caption,
                item.GetProperty("CaseNumber").GetString() is { Length: > 0 } c ? c : null,
                closed,
                DecisionLines(html, closed),
                attachments);
        }).ToList();
        var flagged = moede.TryGetProperty("Moededeltagere", out var members) && members.ValueKind == JsonValueKind.Array
            ? members.EnumerateArray()
                .Where(m => m.GetProperty("Absent").GetBoolean() || m.GetProperty("ParticipationCancelled").GetBoolean())
                .Select(m => m.GetProperty("Name").GetString()!).ToList()
            : [];
        return new PublishedMeeting(
            root.GetProperty("Udvalg").GetProperty("Navn").GetString()!,
            DateTimeOffset.Parse(moede.GetProperty("Dato").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            items,
            flagged);
    }

    /// <summary>The names after "Afbud:" in any decision, without party letters.</summary>
    public IEnumerable<string> SentApologies => Items
        .SelectMany(i => i.BeslutningLines)
        .Select(l => AfbudLine().Match(l))
        .Where(m => m.Success)
        .SelectMany(m => Regex.Split(Regex.Replace(m.Groups[1].Value, @"\([^)]*\)", ""), @"\s*,\s*|\s+og\s+"))
        .Select(n => n.Trim().TrimEnd('.'))
        .Where(n => n.Length > 0);

    /// <summary>The Beslutning section's text lines (a closed item's whole text), null when the item has none.</summary>
    private static IReadOnlyList<string> DecisionLines(string html, bool closed)
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var br in document.QuerySelectorAll("br").ToList())
        {
            br.Replace(document.CreateTextNode("\n"));
        }

        // An ordered list shows its numbers ("1. Anbefales", "2. Anbefales"): they are part of what was published.
        foreach (var list in document.QuerySelectorAll("ol").ToList())
        {
            var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
            foreach (var item in list.Children.Where(c => c.LocalName == "li"))
            {
                item.Prepend(document.CreateTextNode($"{number++}. "));
            }
        }

        foreach (var block in document.QuerySelectorAll("p, div, li").ToList())
        {
            block.Prepend(document.CreateTextNode("\n"));
            block.Append(document.CreateTextNode("\n"));
        }

        string text;
        if (closed)
        {
            text = document.Body!.TextContent;
        }
        else
        {
            // Greve publishes <div><h3>Beslutning</h3><span>...</span></div>.
            var heading = document.QuerySelectorAll("h3").FirstOrDefault(h => h.TextContent.Trim() == "Beslutning");
            if (heading is null)
            {
                return [];
            }

            var section = heading.ParentElement!.TextContent;
            text = section[(section.IndexOf(heading.TextContent, StringComparison.Ordinal) + heading.TextContent.Length)..];
        }

        return text.Split('\n').Select(l => Regex.Replace(l, @"\s+", " ").Trim()).Where(l => l.Length > 0).ToList();
    }

    [GeneratedRegex(@"^Afbud\s*:\s*(.+)$")]
    private static partial Regex AfbudLine();
}

/// <param name="BeslutningLines">The text lines of the published decision, attendance notes included.</param>
internal sealed record PublishedItem(
    string Number,
    string Caption,
    string? CaseNumber,
    bool Closed,
    IReadOnlyList<string> BeslutningLines,
    IReadOnlyList<string> Attachments);
