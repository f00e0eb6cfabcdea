using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Minutes.Ingestion.Readers.Html;

/// <summary>
/// Turns an HTML DOM into plain lines that keep the structure a line-based minutes parser needs.
/// <list type="bullet">
/// <item>Blocks (<c>p</c>, <c>div</c>, <c>h1</c>-<c>h6</c>, ...) and <c>br</c> end a line; white space inside a line
/// collapses to one space, as a browser shows it.</item>
/// <item>A table row is one line-group: the text cell is the last one, or an earlier one with more lines and more text; the
/// cells before it are flattened to one line each and joined by a tab to its first line, its further paragraphs
/// and list items follow on their own lines, and any cells after it follow flattened. So "1. Velkommen mv." starts a line, its text follows after the tab, exactly as in minutes exported
/// to text. Empty cells are left out, so a row that only continues the text column carries no leading tab.</item>
/// <item>A list item is one line. A marker already typed in the text ("- ", "➤ ", "a) ") is kept; otherwise
/// <c>ul</c> items get "- " and <c>ol</c> items their number ("1. ", "a. "), as a browser would show them.</item>
/// <item>A bold title (<c>b</c>/<c>strong</c>) that opens a line and is followed by a sentence starting with a
/// capital letter gets a line of its own; bold words inside a sentence, or a label such as "Beslutning:", stay inline.</item>
/// <item>Scripts, styles, templates, comments and <c>hidden</c> elements are dropped.</item>
/// </list>
/// </summary>
internal sealed class HtmlTextRenderer
{
    private static readonly HashSet<string> Dropped =
        ["script", "style", "template", "noscript", "head", "title", "iframe", "object", "embed", "svg", "math", "canvas", "select", "button"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "address", "figure", "figcaption", "form", "fieldset", "legend", "center", "dl", "dt", "dd", "hr",
        "caption", "details", "summary", "body", "html",
    ];

    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private string? _pendingMarker;
    private bool _pendingSpace;
    private bool _markNextLine;
    private int _preformatted;

    /// <summary>Renders the children of <paramref name="node"/>; the lines are trimmed and never empty.</summary>
    public static IReadOnlyList<string> Render(INode node) =>
        RenderMarked(node).Select(l => l.Replace(AfterTitle, "", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();

    /// <summary>Marks a line that begins after a bold title ended its line, so a table's title cell can leave it out.</summary>
    private const string AfterTitle = "\u001E";

    private static IReadOnlyList<string> RenderMarked(INode node)
    {
        var renderer = new HtmlTextRenderer();
        renderer.VisitChildren(node);
        renderer.EndLine();
        return renderer._lines;
    }

    private void VisitChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Visit(child);
        }
    }

    private void Visit(INode node)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data);
                break;
            case IElement element:
                VisitElement(element);
                break;
            // Comments, processing instructions and doctypes carry no minutes text.
        }
    }

    private void VisitElement(IElement element)
    {
        var name = element.LocalName;
        // A button is page furniture, unless it holds a heading: publication portals put each agenda item's
        // title in a disclosure button ("<button><h2>Udviklingsplan Aarhus Ø</h2></button>"). Menus and
        // aria-hidden icons are furniture too.
        if ((Dropped.Contains(name) && !(name == "button" && element.QuerySelector("h1,h2,h3,h4,h5,h6") is not null))
            || element.HasAttribute("hidden") || element.GetAttribute("role") is "menu" || element.GetAttribute("aria-hidden") == "true")
        {
            return;
        }

        switch (name)
        {
            case "br":
                EndLine();
                return;
            case "table":
                EndLine();
                RenderTable(element);
                return;
            case "ul" or "ol":
                EndLine();
                RenderList(element);
                return;
            case "li":
                // A list item outside any list still reads as one.
                RenderListItem(element, "- ");
                return;
            case "b" or "strong":
                RenderBold(element);
                return;
            case "pre":
                EndLine();
                _preformatted++;
                VisitChildren(element);
                _preformatted--;
                EndLine();
                return;
        }

        var block = Blocks.Contains(name);
        if (block)
        {
            EndLine();
        }

        VisitChildren(element);
        if (block)
        {
            EndLine();
        }
    }

    private void RenderTable(IElement table)
    {
        var rows = table is IHtmlTableElement html ? html.Rows : table.QuerySelectorAll("tr").OfType<IHtmlTableRowElement>();
        if (table.QuerySelector("caption") is { } caption)
        {
            _lines.AddRange(Render(caption));
        }

        foreach (var row in rows)
        {
            var cells = row.Cells.Select(RenderMarked).Where(lines => lines.Count > 0).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            // The text column is the last cell, unless an earlier one has more lines and more text; a portal's menu cell after it
            // ("Hent som PDF") must not pull the item's whole text onto its title line.
            var main = cells.Count - 1;
            for (var c = cells.Count - 2; c >= 0; c--)
            {
                if (cells[c].Count > cells[main].Count && cells[c].Sum(l => l.Length) > cells[main].Sum(l => l.Length))
                {
                    main = c;
                }
            }

            var text = cells[main];
            var moved = new List<string>();
            var first = cells.Take(main).Select(lines => TitleOf(lines, moved)).Append(text[0]);
            _lines.Add(string.Join('\t', first));
            _lines.AddRange(moved);
            _lines.AddRange(text.Skip(1));
            _lines.AddRange(cells.Skip(main + 1).Select(lines => string.Join(' ', lines)));
        }
    }

    /// <summary>
    /// A cell before the text cell on one line: its lines up to the one that follows a bold title. A line of its own
    /// after a bold title ("3. Tema Psykiatrien" / "Introduktion til
    /// Bakkehuset", a link, "Bilag 7: ...") is not the title: it goes to <paramref name="moved"/>, below the row's first line.
    /// </summary>
    private static string TitleOf(IReadOnlyList<string> lines, List<string> moved)
    {
        var k = 1;
        while (k < lines.Count && !lines[k].StartsWith(AfterTitle, StringComparison.Ordinal))
        {
            k++;
        }

        moved.AddRange(lines.Skip(k));
        return string.Join(' ', lines.Take(k));
    }

    private void RenderList(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), CultureInfo.InvariantCulture, out var start) ? start : 1;
        var type = list.GetAttribute("type") ?? "1";
        foreach (var child in list.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } item)
            {
                RenderListItem(item, ordered ? ListMarkers.Ordinal(number++, type) : "- ");
            }
            else
            {
                Visit(child);
            }
        }

        EndLine();
    }

    private void RenderListItem(IElement item, string marker)
    {
        EndLine();
        _pendingMarker = ListMarkers.HasMarker(item.TextContent) ? null : marker;
        VisitChildren(item);
        _pendingMarker = null;
        EndLine();
    }

    private void RenderBold(IElement bold)
    {
        var opensLine = _line.Length == 0 && _pendingMarker is null;
        VisitChildren(bold);
        if (opensLine && IsTitleFollowedBySentence(bold))
        {
            EndLine();
            // A second bold run ("<b>3. Tema Psykiatrien</b> <b>Introduktion til Bakkehuset</b>") is still the title;
            // plain text or a link after the bold title is not.
            _markNextLine = !FollowedByBold(bold);
        }
    }

    private static bool FollowedByBold(IElement bold)
    {
        for (var sibling = bold.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling is IElement element)
            {
                return element.LocalName is "b" or "strong";
            }

            if (!string.IsNullOrWhiteSpace(sibling.TextContent))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsTitleFollowedBySentence(IElement bold)
    {
        var title = bold.TextContent.Trim();
        if (title.Length == 0 || title.EndsWith(':'))
        {
            return false;
        }

        var following = new StringBuilder();
        for (var sibling = bold.NextSibling; sibling is not null && following.Length < 8; sibling = sibling.NextSibling)
        {
            following.Append(sibling.TextContent);
        }

        var rest = following.ToString().TrimStart();
        return rest.Length > 0 && char.IsUpper(rest[0]);
    }

    private void Append(string text)
    {
        foreach (var c in text)
        {
            if (_preformatted > 0 && c == '\n')
            {
                EndLine();
            }
            else if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
            }
            else if (c is not ('\u00AD' or '\u200B'))
            {
                if (_line.Length == 0 && _markNextLine)
                {
                    _line.Append(AfterTitle);
                    _markNextLine = false;
                    _pendingSpace = false;
                }

                if (_line.Length <= AfterTitle.Length && _pendingMarker is not null)
                {
                    _line.Append(_pendingMarker);
                    _pendingMarker = null;
                }
                else if (_pendingSpace && _line.Length > 0)
                {
                    _line.Append(' ');
                }

                _pendingSpace = false;
                _line.Append(c);
            }
        }
    }

    private void EndLine()
    {
        if (_line.Length > 0)
        {
            _lines.Add(_line.ToString().TrimEnd());
            _line.Clear();
        }

        _pendingSpace = false;
    }
}
