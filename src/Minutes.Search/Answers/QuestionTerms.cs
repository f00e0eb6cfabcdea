using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Minutes.Search.Analysis;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Search.Answers;

/// <summary>
/// What a question asks for, for picking sentences: its content words analysed with the index's Danish
/// chain (so "tovholder" meets "tovholderstafetten" and "Naestved" meets "Næstved") and weighted by
/// rarity, plus its kind: a decision ("hvad blev besluttet"), a person ("hvem") or a time ("hvornår").
/// </summary>
internal sealed partial class QuestionTerms
{
    private QuestionTerms(
        IReadOnlyList<QuestionWord> words, IReadOnlySet<string> decisionTerms, bool decisionIntent,
        bool asksWho, bool asksWhen, bool asksAmount, IReadOnlyList<string> numbers)
    {
        Words = words;
        DecisionTerms = decisionTerms;
        DecisionIntent = decisionIntent;
        AsksWho = asksWho;
        AsksWhen = asksWhen;
        AsksAmount = asksAmount;
        Numbers = numbers;
    }

    public IReadOnlyList<QuestionWord> Words { get; }

    /// <summary>The analysed decision words of the question ("besluttet" → "beslut").</summary>
    public IReadOnlySet<string> DecisionTerms { get; }

    public bool DecisionIntent { get; }

    /// <summary>"hvem …": a sentence naming someone answers it.</summary>
    public bool AsksWho { get; }

    /// <summary>"hvornår …": a sentence with a date or time answers it.</summary>
    public bool AsksWhen { get; }

    /// <summary>"hvad koster …", "prisen på …", "hvor mange …": a sentence with an amount answers it.</summary>
    public bool AsksAmount { get; }

    /// <summary>Numbers as typed ("2026", "14"), matched literally.</summary>
    public IReadOnlyList<string> Numbers { get; }

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Number();

    public static QuestionTerms Read(string question, DanishAnalysis analysis, IndexReader reader)
    {
        var interpreted = QueryInterpreter.Interpret(QueryText.Parse(question), [], []);
        var words = new List<(string Text, string Main, HashSet<string> Alternatives, double Idf)>();
        foreach (var clause in interpreted.Clauses.Where(c => !c.Negated))
        {
            foreach (var position in Tokens.Analyze(analysis.QueryAnalyzer, IndexFields.Text, clause.Text).GroupBy(t => t.Position))
            {
                var main = position.First().Term;
                if (words.Any(w => w.Main == main) || Number().IsMatch(main) && Number().Match(main).Length == main.Length)
                {
                    continue;
                }

                var alternatives = position.Skip(1).Select(t => t.Term).Where(t => t != main).ToHashSet(StringComparer.Ordinal);
                words.Add((clause.Text, main, alternatives, Idf(reader, main, alternatives)));
            }
        }

        var total = words.Sum(w => w.Idf);
        var lower = question.ToLowerInvariant();
        return new QuestionTerms(
            words.Select(w => new QuestionWord(w.Text, w.Main, w.Alternatives, total > 0 ? w.Idf / total : 1.0 / words.Count)).ToList(),
            interpreted.DecisionWords
                .SelectMany(w => Tokens.Analyze(analysis.IndexAnalyzer, IndexFields.Text, w).Select(t => t.Term))
                .ToHashSet(StringComparer.Ordinal),
            interpreted.DecisionIntent,
            Regex.IsMatch(lower, @"\bhvem\b"),
            Regex.IsMatch(lower, @"\bhvornår\b|\bhvilken dato\b|\bhvilket tidspunkt\b|\bhvor (hurtigt|længe|lang tid)\b|\bfrist(en)?\b"),
            Regex.IsMatch(lower, @"\bkoste[rt]?\b|\bpris(en|er|erne)?\b|\btakst(en|er|erne)?\b|\bbeløb(et)?\b|\bhvor (meget|mange)\b|\budgift(en|er|erne)?\b"),
            Number().Matches(question).Select(m => m.Value).Distinct().ToList());
    }

    /// <summary>Share of the question's weight the sentence's terms cover, 0..1.</summary>
    public double Coverage(IReadOnlySet<string> terms) => Words.Sum(w => w.Weight * w.MatchIn(terms));

    /// <summary>A word the index has never seen weighs like the rarest word; a word in every passage weighs little.</summary>
    private static double Idf(IndexReader reader, string main, IEnumerable<string> alternatives)
    {
        var documents = Math.Max(1, reader.NumDocs);
        var frequency = reader.DocFreq(new Term(IndexFields.Text, main));
        if (frequency == 0)
        {
            frequency = alternatives.Select(t => reader.DocFreq(new Term(IndexFields.Text, t))).Where(f => f > 0).DefaultIfEmpty(0).Min();
        }

        return Math.Log(1 + documents / (1.0 + frequency));
    }
}
