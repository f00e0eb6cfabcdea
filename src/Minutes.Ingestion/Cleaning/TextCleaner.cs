using System.Text;
using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// Repairs what extraction broke, in a fixed order: Unicode and whitespace normalised, leftover
/// markup flattened, page furniture ("Side 8 af 15 sider", footers and URLs repeated page after
/// page) dropped, line-break hyphenation joined, CPR numbers redacted, and OCR-mangled Danish
/// repaired where the page was OCR'd or the text plainly is OCR output. Line structure survives
/// (the parser is line based) and each line keeps its page.
/// </summary>
public sealed partial class TextCleaner(DanishWordList words)
{
    private readonly HyphenationJoiner _hyphenation = new(words);
    private readonly OcrRepairer _ocr = new(words);

    public CleanedText Clean(DocumentText document)
    {
        var lines = new List<string>();
        var pages = new List<int>();
        var ocrPages = new HashSet<int>();
        foreach (var page in document.Pages)
        {
            if (page.IsOcr)
            {
                ocrPages.Add(page.Number);
            }

            var text = Normalise(page.Text);
            if (HtmlTagFlattener.HasMarkup(text))
            {
                text = HtmlTagFlattener.Flatten(text);
            }

            foreach (var line in text.Split('\n'))
            {
                lines.Add(CollapseSpaces(line));
                pages.Add(page.Number);
            }
        }

        DropFurniture(lines, pages);
        _hyphenation.Join(lines, string.Join("\n", lines));
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = CprRedactor.Redact(lines[i]);
        }

        var originals = lines.ToArray();
        var repairs = new List<TokenRepair>();
        var wholeText = string.Join("\n", lines);
        var wholeTextMangled = _ocr.LooksMangled(wholeText);
        IReadOnlySet<string>? names = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (wholeTextMangled || ocrPages.Contains(pages[i]))
            {
                names ??= OcrRepairer.NamesIn(wholeText);
                lines[i] = _ocr.Repair(lines[i], repairs, names);
            }
        }

        return new CleanedText(CollapseBlankRuns(lines, pages, originals), repairs);
    }

    private static string Normalise(string text)
    {
        text = text.Normalize(NormalizationForm.FormKC)
            .Replace("\r\n", "\n").Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace("\u00AD", "").Replace('\f', '\n')
            .Replace('\u2028', '\n').Replace("\u200B", "");
        return text;
    }

    private static string CollapseSpaces(string line)
    {
        line = line.TrimEnd();
        if (line.Trim().Length == 0)
        {
            return "";
        }

        // Tabs separate table cells (number/title cell, text cell) and are kept; runs of spaces are not.
        return MultiSpace().Replace(line.TrimStart(' '), " ");
    }

    private static void DropFurniture(List<string> lines, List<int> pages)
    {
        var counts = lines.Where(l => l.Length > 0).GroupBy(l => l.Trim()).ToDictionary(g => g.Key, g => g.Count());
        // Headers and footers come once per page; a line that repeats within a page ("Beslutning i Økonomiudvalget
        // den 19-11-2025" under two items on page 2) is the document's own text.
        var pagesOf = lines.Select((l, i) => (Line: l.Trim(), Page: pages[i])).Where(x => x.Line.Length > 0)
            .GroupBy(x => x.Line).ToDictionary(g => g.Key, g => g.Select(x => x.Page).Distinct().Count());
        var distinctPages = pages.Distinct().Count();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var repeated = counts[line];
            var isFurniture = PageNumber().IsMatch(line)
                || (repeated >= 2 && BareUrl().IsMatch(line))
                || (distinctPages >= 3 && repeated >= distinctPages - 1 && pagesOf[line] == repeated && line.Length < 100 && !HeadingLike().IsMatch(line));
            if (isFurniture)
            {
                lines[i] = "";
            }
        }
    }

    private static IReadOnlyList<CleanLine> CollapseBlankRuns(List<string> lines, List<int> pages, string[] originals)
    {
        var result = new List<CleanLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var blank = lines[i].Trim().Length == 0;
            if (blank && (result.Count == 0 || result[^1].IsBlank))
            {
                continue;
            }

            result.Add(blank ? new CleanLine("", pages[i], "") : new CleanLine(lines[i], pages[i], originals[i]));
        }

        while (result.Count > 0 && result[^1].IsBlank)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"^(side|page)\s+\d+(\s*(af|of|/)\s*\d+)?(\s+sider)?\.?$|^-\s*\d{1,3}\s*-$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    // Section headings repeat legitimately ("Beslutning:" in every item); they are never furniture.
    [GeneratedRegex(@"^[\p{L} ]{2,30}:?$|^[-•➢➤▪]")]
    private static partial Regex HeadingLike();
}
