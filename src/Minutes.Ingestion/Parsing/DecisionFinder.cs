using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Finds the decisions in an item: every bullet or sentence of a "Beslutning:"/"Konklusion:"
/// section, and, in items without such a section, arrow bullets ("➢ Aftalt at ...") and each bullet or
/// sentence that states a decision ("Styregruppen besluttede ...", "... blev godkendt", "Det blev
/// konkluderet ...", "Næste step er ...", "Netværket bakkede op om ...").
/// </summary>
internal static partial class DecisionFinder
{
    public static IReadOnlyList<Decision> Find(IReadOnlyList<string> lines, IReadOnlyList<int> pages, string?[] sectionOfLine)
    {
        var decisions = new List<Decision>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Minutes that write a "Beslutning:" section put the outcome there; the same cues in the
        // background ("På styregruppemøde 17/4 blev det aftalt ...") report earlier meetings.
        var hasDecisionSection = sectionOfLine.Any(s => s is not null && DanishHeadings.DecisionSections.Contains(s));
        foreach (var (paragraph, line) in Paragraphs.Build(lines))
        {
            var section = sectionOfLine[line];
            var text = SectionSplitter.RestOfHeading(paragraph) ?? paragraph;
            if (text.Length == 0)
            {
                continue;
            }

            var page = pages[line];
            var isBullet = DanishHeadings.IsBullet(text);
            if (section is not null && DanishHeadings.ProposalSections.Contains(section))
            {
                continue;
            }

            if (section is not null && DanishHeadings.DecisionSections.Contains(section))
            {
                if (isBullet)
                {
                    Add(text, page, inDecisionSection: true);
                }
                else
                {
                    foreach (var sentence in Paragraphs.Sentences(text))
                    {
                        Add(sentence, page, inDecisionSection: true, context: text);
                    }
                }
            }
            else if (hasDecisionSection)
            {
                continue;
            }
            else if (DanishHeadings.IsDecisionBullet(text) || (isBullet && text.Length <= 400 && DanishHeadings.IsDecisionSentence(text)))
            {
                Add(text, page);
            }
            else
            {
                foreach (var sentence in Paragraphs.Sentences(text))
                {
                    if (DanishHeadings.IsDecisionSentence(sentence))
                    {
                        Add(sentence, page, context: text);
                    }
                }
            }
        }

        return decisions;

        void Add(string text, int page, bool inDecisionSection = false, string? context = null)
        {
            text = BulletMark().Replace(text, "").Trim();
            if (text.EndsWith(':') && !inDecisionSection)
            {
                // "KKR har besluttet 5 delprojekter. Af særlig relevans er følgende:": keep what comes before the intro.
                var sentences = Paragraphs.Sentences(text).ToList();
                text = string.Join(" ", sentences.Take(sentences.Count - 1));
                if (text.Length == 0 || !DanishHeadings.IsDecisionSentence(text))
                {
                    return;
                }
            }

            // An intro ("Følgende blev aftalt:"), a bare link or a fragment is not a decision on its own; under a
            // decision heading a short "Godkendt." is the whole decision. "Afbud: ..." there records attendance.
            var minimumLetters = inDecisionSection ? 4 : 15;
            if ((text.EndsWith(':') && !inDecisionSection) || Url().IsMatch(text) || text.Count(char.IsLetter) < minimumLetters
                || !char.IsLetterOrDigit(text[0]) && text[0] is not ('"' or '”' or '“') || Attendance().IsMatch(text))
            {
                return;
            }

            if (seen.Add(text))
            {
                decisions.Add(new Decision(text, page) { Context = context is not null && context.Length > text.Length + 20 ? context : null });
            }
        }
    }

    [GeneratedRegex(@"^(afbud|fraværende|fravær|deltog ikke)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Attendance();

    [GeneratedRegex(@"^(https?://|www\.)\S*$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^\s*([-–•▪●◦*➢➤✓]\s*|o\s+)+")]
    private static partial Regex BulletMark();
}
