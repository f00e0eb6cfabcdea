using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Break = DocumentFormat.OpenXml.Wordprocessing.Break;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Minutes.Ingestion.Readers.Docx;

/// <summary>
/// Turns a Word body into pages of plain lines, in document order.
/// <list type="bullet">
/// <item>A paragraph is a line; a line break (<c>w:br</c>, <c>w:cr</c>) starts a new one; a tab is a space, so a
/// typed "1.&lt;tab&gt;Velkommen" reads "1. Velkommen".</item>
/// <item>A table row is one line-group, as in <see cref="Html.HtmlTextRenderer"/>: every cell but the last is
/// flattened to one line, the cells are joined by a tab on the row's first line, and the last cell's further
/// paragraphs follow on their own lines: "1. Velkommen mv.\tLisbet bød velkommen ...". Empty cells are left out.</item>
/// <item>List paragraphs get their marker from <see cref="DocxNumbering"/>: "- " for bullets, the number for
/// numbered lists, nothing extra when the text already opens with a typed marker.</item>
/// <item>Pages: when Word saved its layout (<c>w:lastRenderedPageBreak</c>) those marks split pages, as they
/// also cover pages begun by explicit breaks; otherwise explicit page breaks, "page break before" paragraphs
/// and new-page section breaks do. A break inside a table row takes effect after the row.</item>
/// <item>Deleted revisions, field codes, drawings, headers, footers, footnotes and comments are left out:
/// they are not the minutes' running text, and headers would repeat on every page.</item>
/// </list>
/// </summary>
internal sealed partial class DocxTextRenderer
{
    private readonly DocxNumbering _numbering;
    private readonly bool _renderedBreaks;
    private readonly List<List<string>> _pages = [[]];
    private readonly StringBuilder _line = new();
    private string? _pendingMarker;
    private bool _pendingSpace;

    /// <summary>In a table cell: where the paragraph is in its opening bold title (see <see cref="FollowsBoldTitle"/>).</summary>
    private TitleState _title = TitleState.Done;
    private readonly bool _inCell;
    private readonly StringBuilder _boldTitle = new();

    /// <summary>Marks a cell line that begins after a bold title, so the title cell can leave it out of the title.</summary>
    private const string AfterTitle = "\u001E";

    private enum TitleState { Start, InBold, AfterBold, Done }

    private DocxTextRenderer(DocxNumbering numbering, bool renderedBreaks, bool inCell = false)
    {
        _numbering = numbering;
        _renderedBreaks = renderedBreaks;
        _inCell = inCell;
    }

    /// <summary>The text of each page; lines are trimmed and never empty.</summary>
    public static IReadOnlyList<string> Render(Body body, DocxNumbering numbering)
    {
        var renderer = new DocxTextRenderer(numbering, body.Descendants<LastRenderedPageBreak>().Any());
        renderer.VisitBlocks(body);
        renderer.EndLine();
        return renderer._pages.Select(lines => string.Join('\n', lines)).ToList();
    }

    private IEnumerable<string> AllLines => _pages.SelectMany(lines => lines);

    private void VisitBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    RenderParagraph(paragraph);
                    break;
                case Table table:
                    RenderTable(table);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    VisitBlocks(child);
                    break;
            }
        }
    }

    private void RenderParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (!_renderedBreaks && properties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value))
        {
            PageBreak();
        }

        EndLine();
        _pendingMarker = _numbering.MarkerFor(paragraph);
        _title = _inCell ? TitleState.Start : TitleState.Done;
        _boldTitle.Clear();
        foreach (var child in paragraph.ChildElements)
        {
            VisitInline(child);
        }

        EndLine();
        _pendingMarker = null;
        if (IsContentsStyle(properties?.ParagraphStyleId?.Val?.Value) && _pages[^1].Count > 0)
        {
            // A contents entry ends in its page number after a tab Word draws as a leader; write the leader,
            // so the parser knows the line for a contents line ("1. Godkendelse af dagsordenen .... 2").
            _pages[^1][^1] = TrailingPage().Replace(_pages[^1][^1], " .... $1");
        }

        if (!_renderedBreaks && properties?.SectionProperties is { } section
            && section.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous)
        {
            PageBreak();
        }
    }

    private void VisitInline(OpenXmlElement element)
    {
        switch (element)
        {
            case Run run when _title != TitleState.Done:
                FollowsBoldTitle(run);
                foreach (var child in run.ChildElements)
                {
                    VisitInline(child);
                }

                break;
            case WordText text:
                Append(text.Text);
                break;
            case TabChar or PositionalTab:
                _pendingSpace = true;
                break;
            case Break brk when brk.Type?.Value == BreakValues.Page:
                if (!_renderedBreaks)
                {
                    PageBreak();
                }

                break;
            case Break or CarriageReturn:
                EndLine();
                break;
            case LastRenderedPageBreak:
                if (_renderedBreaks)
                {
                    PageBreak();
                }

                break;
            case NoBreakHyphen:
                Append("-");
                break;
            case ParagraphProperties or RunProperties or DeletedRun or DeletedText or FieldCode or DeletedFieldCode
                or MoveFromRun or Drawing or Picture or EmbeddedObject or AlternateContent
                or FootnoteReference or EndnoteReference or CommentReference:
                break;
            default:
                foreach (var child in element.ChildElements)
                {
                    VisitInline(child);
                }

                break;
        }
    }

    /// <summary>
    /// A bold title then plain text, a link or "Bilag 7: ...": in a table's title cell, what follows the opening bold
    /// title starts a line of its own, marked so the title stays the bold words alone. Further bold runs ("3. Tema
    /// Psykiatrien" " " "Introduktion til Bakkehuset") are the title, and so is a link after a connector ("Dialogmøde med").
    /// </summary>
    private void FollowsBoldTitle(Run run)
    {
        var text = string.Concat(run.Elements<WordText>().Select(t => t.Text));
        if (text.Length == 0)
        {
            return;
        }

        var bold = run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
        var blank = string.IsNullOrWhiteSpace(text);
        switch (_title)
        {
            case TitleState.Start:
                _title = bold && !blank ? TitleState.InBold : TitleState.Done;
                break;
            case TitleState.InBold when !bold && blank:
                _title = TitleState.AfterBold;
                return;
            case TitleState.InBold or TitleState.AfterBold when bold:
                // A second bold run after a plain space ("3. Tema Psykiatrien" " " "Introduktion til Bakkehuset") is still the title.
                _title = TitleState.InBold;
                break;
            case TitleState.InBold or TitleState.AfterBold when !blank:
                var title = _boldTitle.ToString().TrimEnd();
                if (!bold && char.IsUpper(text.TrimStart()[0]) && !Connector().IsMatch(title))
                {
                    EndLine();
                    _line.Append(AfterTitle);
                    _pendingSpace = false;
                }

                _title = TitleState.Done;
                return;
            default:
                return;
        }

        _boldTitle.Append(text);
    }

    private void RenderTable(Table table)
    {
        EndLine();
        foreach (var row in Rows(table))
        {
            var breaks = 0;
            var cells = new List<List<string>>();
            foreach (var cell in Cells(row))
            {
                var renderer = new DocxTextRenderer(_numbering, _renderedBreaks, inCell: true);
                renderer.VisitBlocks(cell);
                renderer.EndLine();
                breaks += renderer._pages.Count - 1;
                var lines = renderer.AllLines.ToList();
                if (lines.Count > 0)
                {
                    cells.Add(lines);
                }
            }

            if (cells.Count > 0)
            {
                var last = cells[^1];
                var moved = new List<string>();
                var first = cells.Take(cells.Count - 1).Select(lines => TitleOf(lines, moved)).Append(last[0]);
                _pages[^1].Add(Unmarked(string.Join('\t', first)));
                _pages[^1].AddRange(moved.Concat(last.Skip(1)).Select(Unmarked));
            }

            for (var i = 0; i < breaks; i++)
            {
                PageBreak();
            }
        }
    }

    /// <summary>Rows in order, including those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement container) =>
        container.ChildElements.SelectMany(child => child switch
        {
            TableRow row => [row],
            SdtRow or SdtContentRow or CustomXmlRow => Rows(child),
            _ => Enumerable.Empty<TableRow>(),
        });

    /// <summary>Cells in order, including those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<TableCell> Cells(OpenXmlElement container) =>
        container.ChildElements.SelectMany(child => child switch
        {
            TableCell cell => [cell],
            SdtCell or SdtContentCell or CustomXmlCell => Cells(child),
            _ => Enumerable.Empty<TableCell>(),
        });

    private void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
            }
            else if (c != '\u00AD')
            {
                if (_pendingSpace && _line.Length > 0)
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
            var line = _line.ToString();
            if (_pendingMarker is not null && !DocxNumbering.HasTypedMarker(line))
            {
                line = _pendingMarker + line;
            }

            _pendingMarker = null;
            _pages[^1].Add(line);
            _line.Clear();
        }

        _pendingSpace = false;
    }

    private void PageBreak()
    {
        EndLine();
        // A break before any text would only make an empty first page.
        if (_pages.Count > 1 || _pages[0].Count > 0)
        {
            _pages.Add([]);
        }
    }

    /// <summary>Word's contents styles: "TOC1".."TOC9", named "Indholdsfortegnelse 1" in a Danish Word.</summary>
    private static bool IsContentsStyle(string? styleId) =>
        styleId is not null && (styleId.StartsWith("TOC", StringComparison.OrdinalIgnoreCase)
            || styleId.StartsWith("Indholdsfortegnelse", StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(\d{1,3})$")]
    private static partial System.Text.RegularExpressions.Regex TrailingPage();

    /// <summary>A title cell on one line: its lines up to the one marked as following its bold title; those go to <paramref name="moved"/>.</summary>
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

    private static string Unmarked(string line) => line.Replace(AfterTitle, "", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(fra|til|og|i|af|om|for|med|på|ved|samt)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Connector();
}
