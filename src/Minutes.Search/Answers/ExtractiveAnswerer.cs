using System.Text;
using System.Text.RegularExpressions;
using Minutes.Core;
using Minutes.Search.Analysis;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Search.Answers;

/// <summary>
/// Answers from the sources' own sentences: every sentence of the numbered sources is scored against
/// the question (<see cref="QuestionTerms"/>), the best few (at most <see cref="MaxSentences"/>, about
/// <see cref="MaxChars"/> characters) are kept, duplicates dropped (a decision is also inside its
/// item), and they are written in source order under the meeting, date and item they come from:
/// "Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6: Netværket bakkede … målgrupper [1]."
/// </summary>
internal sealed partial class ExtractiveAnswerer(DanishAnalysis analysis)
{
    public const int MaxSentences = 4;
    public const int MaxChars = 700;

    /// <summary>Lowers a sentence that restates the question (<see cref="Echoes"/>).</summary>
    private const double EchoPenalty = -1.0;

    /// <summary>A sentence scoring below this share of the best one is left out.</summary>
    private const double KeepShare = 0.5;

    /// <summary>A sentence this short names a topic more than it says something about it.</summary>
    private const int HeadingWords = 7;

    /// <summary>Share of its paragraph's best coverage a sentence borrows: the paragraph is about the question.</summary>
    private const double ParagraphShare = 0.35;

    /// <summary>Said when no source has a sentence about the question.</summary>
    public const string NothingFound = "Jeg fandt ikke noget i referaterne, der svarer på spørgsmålet.";

    [GeneratedRegex(@"\b(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{1,2}/\d{1,2}\b|\bkl\.\s?\d|\buge\s\d|\b(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateOrTime();

    /// <summary>A sentence the minute-taker labelled as the outcome: "Konklusion: …", "Aftale: …", "Beslutning: …".</summary>
    [GeneratedRegex(@"^(konklusion|beslutning|aftale|aftalt|vedtaget|indstilling|opfølgning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conclusion();

    /// <summary>An amount: "35.000 kr.", "2,26 %", "100 pct", "3 mio.".</summary>
    [GeneratedRegex(@"\d[\d.,]*\s?(kr\b|kroner|%|pct|procent|mio|mia|t\.kr)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    public string Answer(QuestionTerms question, IReadOnlyList<Citation> citations)
    {
        var scored = Score(question, citations).ToList();
        var chosen = Choose(scored);
        if (chosen.Count == 0)
        {
            return NothingFound;
        }

        var decision = BestItemDecision(citations, scored);
        if (decision is not null && !chosen.Any(c => c == decision || Repeats(TextKey.Of(c.Text), c.Terms, TextKey.Of(decision.Text), decision.Terms)))
        {
            if (chosen.Count == MaxSentences)
            {
                chosen.Remove(chosen.MinBy(c => c.Score)!);
            }

            chosen.Add(decision);
        }

        var lead = Lead(question, chosen, decision);
        var ordered = LeadFirst(chosen, lead);
        // "Hvornår": a lead without a date of its own is dated by its meeting ("Besluttet på mødet 14. juni 2024 …").
        var dated = question.AsksWhen && !DateOrTime().IsMatch(lead.Text);
        return AnswerWriter.Write(ordered, dated);
    }

    /// <summary>
    /// The sentence the answer opens with: the best one holding what the question asks for (a name for
    /// "hvem", a date for "hvornår", an amount for "hvor mange/meget", "hvad koster"), else the best one.
    /// </summary>
    private static ScoredSentence Lead(QuestionTerms question, List<ScoredSentence> chosen, ScoredSentence? decision)
    {
        bool Holds(ScoredSentence s) =>
            (question.AsksWho && NamesSomeone(s.Text))
            || (question.AsksWhen && DateOrTime().IsMatch(s.Text))
            || (question.AsksAmount && Amount().IsMatch(s.Text));
        var best = chosen.MaxBy(s => s.Score)!;
        if (question.AsksWho || question.AsksWhen || question.AsksAmount)
        {
            return chosen.Where(s => Holds(s) && !Echoes(question, s.Text)).MaxBy(s => s.Score) ?? best;
        }

        // "Hvad blev besluttet …", "Skal de offentlige toiletter lukkes?": the best item's decision answers it.
        return decision is not null && chosen.Contains(decision) ? decision : best;
    }

    /// <summary>
    /// The best sentence of the decision of the best-ranked item (the first source that is an item or
    /// a decision), or null when that item has no decision among the sources or its decision is unrelated.
    /// </summary>
    private static ScoredSentence? BestItemDecision(IReadOnlyList<Citation> citations, List<ScoredSentence> scored)
    {
        if (citations.FirstOrDefault(c => c.Item is not null)?.Item is not { } item)
        {
            return null;
        }

        return scored
            .Where(s => s.Citation.Kind == PassageKinds.Decision && s.Citation.Item?.Id == item.Id)
            .MaxBy(s => s.Score);
    }

    /// <summary>The lead's group (meeting item) first with the lead at its head, the rest in the order <see cref="Choose"/> gave.</summary>
    private static List<ScoredSentence> LeadFirst(List<ScoredSentence> chosen, ScoredSentence lead)
    {
        var place = AnswerWriter.Place(lead.Citation);
        return [lead, .. chosen.Where(s => s != lead && AnswerWriter.Place(s.Citation) == place), .. chosen.Where(s => AnswerWriter.Place(s.Citation) != place)];
    }

    internal IEnumerable<ScoredSentence> Score(QuestionTerms question, IReadOnlyList<Citation> citations)
    {
        foreach (var citation in citations)
        {
            // An item title about the question vouches for every sentence of its decisions ("Næste step er …"),
            // less for the item's other text, which also holds background.
            var titleCoverage = citation.Item is null ? 0 : question.Coverage(Terms(citation.Item.Title));
            var title = titleCoverage * (citation.Kind == PassageKinds.Decision ? 0.5 : 0.2);
            var prior = 0.25 / citation.Number;
            var kind = citation.Kind switch
            {
                PassageKinds.Decision => question.DecisionIntent ? 0.5 : 0.1,
                PassageKinds.Meeting => -0.1,
                _ => 0,
            };
            var lines = citation.Kind == PassageKinds.Meeting;
            var position = 0;
            foreach (var paragraph in Paragraphs(citation))
            {
                var paragraphTerms = paragraph.Select(Terms).ToList();
                var coverages = paragraphTerms.Select(question.Coverage).ToList();
                var heading = 0.0;
                for (var i = 0; i < paragraph.Count; i++, position++)
                {
                    var text = paragraph[i];
                    var complete = text[^1] is '.' or '!' or ')' or '"' or '”';
                    var words = text.Split(' ').Length;
                    var isHeading = !lines && words <= HeadingWords;
                    var coverage = coverages[i];

                    // A short sentence naming a topic ("Udsatte gravide med skadeligt rusmiddelforbrug.") says
                    // little itself; the sentence after it is about that topic, and so, less, is its paragraph.
                    var context = Math.Max(heading, ParagraphShare * coverages.Where((_, j) => j != i).DefaultIfEmpty(0).Max());
                    heading = isHeading ? 0.8 * coverage : 0;
                    if (!lines && (words < 4 || (!complete && words < 6 && text[^1] != '?')))
                    {
                        continue; // a heading or a cell of a table, not a sentence
                    }

                    var terms = paragraphTerms[i];
                    var extras = Extras(question, text, terms);
                    // What the question asks for (a name, a date, an amount, its year) counts only in a sentence on its topic.
                    // A decision is about its item's title even without the question's words ("Ad 1) Liselott Blixt og Tina Rottbøll").
                    var onTopic = coverage > 0 || context > 0 || (citation.Kind == PassageKinds.Decision && titleCoverage > 0);
                    var relevance = Math.Max(coverage, context) + title + (onTopic ? 2 * extras : 0);
                    if (relevance <= 0)
                    {
                        continue;
                    }

                    var form = (text[^1] == '?' ? -0.3 : complete || lines ? 0 : -0.15)
                               + (Conclusion().IsMatch(text) ? 0.15 : 0)
                               + (isHeading ? -0.25 : 0)
                               + (Echoes(question, text) ? EchoPenalty : 0);
                    yield return new ScoredSentence(citation, position, text, terms, relevance, relevance + prior + kind + form);
                }
            }
        }
    }

    /// <summary>
    /// The sentence asks what the question asks ("udvalget skal beslutte, hvem fra udvalget der deltager"):
    /// it shares the question's words but is the question restated, not its answer.
    /// </summary>
    private static bool Echoes(QuestionTerms question, string text) =>
        (question.AsksWho && AsksWhoWord().IsMatch(text))
        || (question.AsksWhen && AsksWhenWord().IsMatch(text))
        || (question.AsksAmount && AsksAmountWord().IsMatch(text));

    [GeneratedRegex(@"\bhvem\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhoWord();

    [GeneratedRegex(@"\bhvornår\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhenWord();

    [GeneratedRegex(@"\bhvor (meget|mange|stor|høj)\b|\bhvad (koster|beløbet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAmountWord();

    /// <summary>Names for "hvem", dates for "hvornår", the question's numbers, decision words for decision questions.</summary>
    private static double Extras(QuestionTerms question, string text, IReadOnlySet<string> terms)
    {
        var extras = 0.0;
        if (question.AsksWho && NamesSomeone(text))
        {
            // People's names answer "hvem" more than a body or a place does: "Ad 1) Liselott Blixt og Tina Rottbøll" over "Sundheds- og Omsorgsudvalget skal …".
            extras += 0.25 + 0.25 * Math.Min(2, People(text));
        }

        if (question.AsksWhen && DateOrTime().IsMatch(text))
        {
            extras += 0.25;
        }

        if (question.AsksAmount && Amount().IsMatch(text))
        {
            extras += 0.25;
        }

        if (question.Numbers.Count > 0)
        {
            extras += 0.3 * question.Numbers.Count(n => Regex.IsMatch(text, $@"(?<![\d.,]){Regex.Escape(n)}(?![\d]|[.,]\d)")) / question.Numbers.Count;
        }

        if (question.DecisionIntent && question.DecisionTerms.Overlaps(terms))
        {
            extras += 0.15;
        }

        return extras;
    }

    /// <summary>A person's name: two or three capitalised words ("Tina Rottbøll", "Hans-Jørgen Kirstein", "John T. Olsen").</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}\b")]
    private static partial Regex PersonName();

    /// <summary>Last words that make two capitalised words a body or a place, not a person ("Greve Kommune", "Region Sjælland").</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Kommune", "Kommunes", "Region", "Regions", "Sjælland", "Hovedstaden", "Byråd", "Byrådet", "Center", "Centret", "Syd", "Nord", "Øst", "Vest",
        "Sygehus", "Hospital", "Skole", "Skolen", "Havn", "Landsby", "Strand", "Bugt", "Allé", "Vej", "Park", "Parken",
    };

    /// <summary>Capitalised words of headings and labels that run into a sentence ("Beslutning Punktet vedrørende …").</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "Beslutning", "Resume", "Indstilling", "Sagsbeskrivelse", "Sagsprocedure", "Baggrund", "Program", "Hold", "Punktet", "Punkt",
        "Referat", "Bilag", "Ad", "Kl", "Organ", "Dato", "Tid", "Sted", "Deltagere", "Afbud", "Fraværende", "Referent", "Dagsorden", "Sagen",
    };

    /// <summary>How many people the sentence names.</summary>
    private static int People(string sentence) =>
        PersonName().Matches(sentence).Count(m =>
        {
            var words = m.Value.Split(' ');
            return !PlaceWords.Contains(words[^1]) && !words.Any(LabelWords.Contains);
        });

    /// <summary>Danish capitalises only names: a capital after the first word names a person, place or body.</summary>
    private static bool NamesSomeone(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].TrimStart('(', '"', '\'', '«', '„');
            var previous = words[i - 1];
            if (word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[1]) && !previous.EndsWith('.') && !previous.EndsWith(':'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The best sentences, without repeats, within the length budget; then back in source order.</summary>
    private static List<ScoredSentence> Choose(List<ScoredSentence> scored)
    {
        var chosen = new List<ScoredSentence>();
        if (scored.Count == 0)
        {
            return chosen;
        }

        var best = scored.Max(s => s.Score);
        var seen = new List<(string Key, HashSet<string> Terms)>();
        var length = 0;
        foreach (var sentence in scored.OrderByDescending(s => s.Score).ThenBy(s => s.Citation.Number).ThenBy(s => s.Position))
        {
            if (chosen.Count == MaxSentences || sentence.Score < KeepShare * best)
            {
                break;
            }

            var key = TextKey.Of(sentence.Text);
            var terms = sentence.Terms;
            if (key.Length == 0 || seen.Any(s => Repeats(s.Key, s.Terms, key, terms)))
            {
                continue;
            }

            if (chosen.Count > 0 && length + sentence.Text.Length > MaxChars)
            {
                continue;
            }

            seen.Add((key, terms));
            chosen.Add(sentence);
            length += sentence.Text.Length;
        }

        // Grouped by meeting item, the group with the best sentence first; inside a group in source order.
        return chosen
            .GroupBy(s => AnswerWriter.Place(s.Citation))
            .OrderByDescending(g => g.Max(s => s.Score))
            .SelectMany(g => g.OrderBy(s => s.Citation.Number).ThenBy(s => s.Position))
            .ToList();
    }

    /// <summary>The same sentence again: contained in the other, or sharing most terms (a decision repeated in its item, a recommendation restated).</summary>
    private static bool Repeats(string key, HashSet<string> terms, string otherKey, HashSet<string> otherTerms)
    {
        if (key.Contains(otherKey, StringComparison.Ordinal) || otherKey.Contains(key, StringComparison.Ordinal))
        {
            return true;
        }

        var shared = terms.Count(otherTerms.Contains);
        var union = terms.Count + otherTerms.Count - shared;
        return union > 0 && shared >= 0.7 * union;
    }

    /// <summary>
    /// A header passage by lines ("Deltagere: …"), without its agenda line, which only repeats item titles;
    /// a decision passage decision by decision (one a line); an item's text by sentences.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> Paragraphs(Citation citation) => citation.Kind switch
    {
        PassageKinds.Meeting => DanishSentences.Lines(citation.Text)
            .Where(l => !l.StartsWith("Dagsorden:", StringComparison.Ordinal))
            .Select(l => (IReadOnlyList<string>)[l])
            .ToList(),
        PassageKinds.Decision => citation.Text.ReplaceLineEndings("\n").Split('\n').Select(DanishSentences.Split).Where(d => d.Count > 0).ToList(),
        _ => DanishSentences.Paragraphs(Body(citation)),
    };

    /// <summary>An item passage without its heading line ("6. Drøfte fremtidig målgruppe …"), which is no sentence.</summary>
    private static string Body(Citation citation)
    {
        if (citation.Item is not { } item || citation.Kind != PassageKinds.Item)
        {
            return citation.Text;
        }

        var heading = TextKey.Of((item.Number ?? "") + item.Title);
        var seen = new StringBuilder();
        var lines = citation.Text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length && seen.Length < heading.Length; i++)
        {
            seen.Append(TextKey.Of(lines[i]));
            if (seen.ToString() == heading)
            {
                return string.Join('\n', lines.Skip(i + 1));
            }
        }

        return citation.Text;
    }

    private HashSet<string> Terms(string text) =>
        Tokens.Analyze(analysis.IndexAnalyzer, IndexFields.Text, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
}
