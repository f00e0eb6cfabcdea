using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Search.Answers;

/// <summary>
/// Cuts minutes text into sentences. Lines inside a paragraph are joined (PDF and OCR text breaks
/// lines anywhere), while blank lines and list markers ("- ", "• ", "1. ", "a) ") start a new unit.
/// A full stop ends a sentence only before an upper-case letter or a digit, and never after a Danish
/// abbreviation ("f.eks.", "bl.a.", "jf.", "kl.", "nr.", "ca.", "pkt.") or inside a date ("14.6.2024").
/// </summary>
/// <example>
/// "Mødet starter kl. 9. Se bl.a. pkt. 3 fra 14.6.2024. Næste møde er 2. maj." gives
/// "Mødet starter kl. 9.", "Se bl.a. pkt. 3 fra 14.6.2024." and "Næste møde er 2. maj.".
/// </example>
internal static partial class DanishSentences
{
    /// <summary>Lower-cased, without their final full stop. Single letters ("a.", "m.") are abbreviations too.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "f.eks", "feks", "fx", "bl.a", "bla", "jf", "jvf", "kl", "nr", "ca", "pkt", "evt", "dvs", "mht", "mhp", "ift",
        "vedr", "inkl", "ekskl", "excl", "incl", "osv", "m.fl", "mfl", "m.v", "mv", "m.m", "mm", "st", "stk", "hhv",
        "iht", "i.h.t", "el", "mio", "mia", "mill", "kr", "tlf", "att", "ang", "bilag", "afd", "adm", "dir", "ref",
        "sept", "okt", "nov", "dec", "jan", "feb", "aug", "apr", "ult", "prim", "medio", "ultimo", "primo", "pga",
        "p.g.a", "vha", "v.h.a", "ds", "d.s", "d", "o.l", "ol", "etc", "mdr", "md", "dags", "tidl", "ekst", "ndr",
        "sen", "gl", "pr", "resp", "ekskl", "max", "min", "tilsv", "særl", "vej", "lign", "m.h.t", "m.h.p", "i.f.t", "s", "jr", "j.nr", "ordf", "næstform", "kap",
    };

    [GeneratedRegex(@"^\s*(?:[-–•▪◦·*o]\s+|\(?\d{1,2}[.)]\s+(?=\p{Lu})|\(?[a-zæøå][)]\s+)")]
    private static partial Regex ListMarker();

    /// <summary>The sentences of <paramref name="text"/>, trimmed, list markers removed, whitespace folded.</summary>
    public static IReadOnlyList<string> Split(string text) => Paragraphs(text).SelectMany(p => p).ToList();

    /// <summary>The sentences grouped by paragraph or list entry, for reading a sentence in its context.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Paragraphs(string text)
    {
        var paragraphs = new List<IReadOnlyList<string>>();
        foreach (var unit in Units(text))
        {
            var sentences = new List<string>();
            SplitUnit(unit, sentences);
            if (sentences.Count > 0)
            {
                paragraphs.Add(sentences);
            }
        }

        return paragraphs;
    }

    /// <summary>Each line is its own unit: for "Label: value" lines such as a meeting header.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => Fold(ListMarker().Replace(l, "")))
            .Where(l => l.Length > 0)
            .ToList();

    /// <summary>
    /// Paragraphs and list entries, their lines joined. PDF text often has blank lines inside a
    /// sentence, so a blank line ends a unit only after a full stop (or colon) or before an upper-case
    /// start: "Fønix klinikker med tilbud målrettet\n\nbørn med …" stays one sentence.
    /// </summary>
    private static IEnumerable<string> Units(string text)
    {
        var unit = new StringBuilder();
        var gap = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                gap = unit.Length > 0;
                continue;
            }

            var marker = ListMarker().Match(line);
            var content = marker.Success ? line[marker.Length..].Trim() : line;
            if (content.Length == 0)
            {
                continue;
            }

            var ends = unit.Length > 0 && unit[^1] is '.' or '!' or '?' or ':' or ';';
            if (unit.Length > 0 && (marker.Success || (gap && (ends || char.IsUpper(content[0])))))
            {
                yield return unit.ToString();
                unit.Clear();
            }

            if (unit.Length > 0)
            {
                unit.Append(' ');
            }

            unit.Append(content);
            gap = false;
        }

        if (unit.Length > 0)
        {
            yield return unit.ToString();
        }
    }

    private static void SplitUnit(string unit, List<string> sentences)
    {
        var text = Fold(unit);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…') || i + 2 >= text.Length || text[i + 1] != ' ')
            {
                continue;
            }

            var next = NextWordStart(text, i + 2);
            if (next < 0 || !(char.IsUpper(text[next]) || char.IsDigit(text[next])))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(sentences, text[start..(i + 1)]);
            start = i + 2;
        }

        Add(sentences, text[start..]);
    }

    /// <summary>The first letter or digit of the next word, skipping quotes and brackets.</summary>
    private static int NextWordStart(string text, int from)
    {
        for (var i = from; i < text.Length && i < from + 3; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return i;
            }

            if (text[i] is not ('"' or '\'' or '(' or '«' or '»' or '“' or '”' or '„'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The word ending at the full stop at <paramref name="dot"/> is a known abbreviation or a single letter.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != '(')
        {
            start--;
        }

        var word = text[start..dot].ToLowerInvariant();
        return word.Length == 1 && char.IsLetter(word[0]) || Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Any(char.IsLetter))
        {
            sentences.Add(sentence);
        }
    }

    /// <summary>Runs of whitespace become one space.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] != ' ')
                {
                    folded.Append(' ');
                }
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Trim();
    }
}
