using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Rebuilds the paragraphs and sentences that layout wrapped over lines. A bullet starts a new
/// paragraph; a wrapped line joins the one before it, also across a single blank line when the
/// sentence plainly goes on (the line before has no full stop and the next starts in lower case). A bare
/// section heading and a case-number line stand alone, so the text under a heading is its own paragraph.
/// </summary>
internal static partial class Paragraphs
{
    public static List<(string Text, int Line)> Build(IReadOnlyList<string> lines)
    {
        var result = new List<(string Text, int Line)>();
        var current = new StringBuilder();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.Any(char.IsLetterOrDigit) && !DanishHeadings.IsBullet(line))
            {
                // A stray "." or "|" left by a layout says nothing and must not end a sentence it is appended to.
                continue;
            }

            if (line.Length == 0)
            {
                var next = i + 1 < lines.Count ? lines[i + 1].Trim() : "";
                if (current.Length > 0 && !(Continues(current, next)))
                {
                    Flush();
                }

                continue;
            }

            var standsAlone = IsHeadingOrMetadata(line);
            if (current.Length > 0 && (standsAlone || DanishHeadings.IsBullet(line) || EndsBlock(current) && !Continues(current, line)))
            {
                Flush();
            }

            if (current.Length == 0)
            {
                start = i;
            }
            else
            {
                current.Append(' ');
            }

            current.Append(line.Replace('\t', ' '));
            if (standsAlone)
            {
                // "Beslutninger" or "EMN-2025-010561" on its own line: the text below is the next paragraph.
                Flush();
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Length > 0)
            {
                result.Add((current.ToString(), start));
                current.Clear();
            }
        }
    }

    /// <summary>Sentences of a paragraph; common abbreviations ("ca.", "bl.a.", "pkt.", "mv.") do not end one.</summary>
    public static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(paragraph))
        {
            var end = m.Index + 1;
            var before = paragraph[start..end];
            if (Abbreviation().IsMatch(before))
            {
                continue;
            }

            var sentence = before.Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end;
        }

        var last = paragraph[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    /// <summary>A bare section heading ("Beslutninger", "Beslutning i Økonomiudvalget den 19-11-2025") or a case-number line.</summary>
    private static bool IsHeadingOrMetadata(string line) => SectionSplitter.RestOfHeading(line) is "" || ItemTitle.IsCaseNumber(line);

    private static bool Continues(StringBuilder current, string next) =>
        next.Length > 0 && !DanishHeadings.IsBullet(next) && (char.IsLower(next[0]) || next[0] == '(')
        && current.Length > 0 && current[^1] is not ('.' or '!' or '?' or ':');

    private static bool EndsBlock(StringBuilder current) => current.Length > 0 && current[^1] == ':';

    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}""”“'(•\-–➢])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(\b(ca|bl\.a|mv|m\.v|pkt|jf|fx|f\.eks|evt|nr|stk|kr|mio|mia|ift|vedr|inkl|ekskl|dvs|mht|mhp|ass|tlf|kl|St|Hr|Fru|ifm|pga|bla|hhv|iht|sek|afd|ref)\.|\b\p{Lu}\.|\d\.)$")]
    private static partial Regex Abbreviation();
}
