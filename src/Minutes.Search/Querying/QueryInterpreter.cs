using Minutes.Core;
using System.Globalization;

namespace Minutes.Search.Querying;

/// <summary>
/// Reads a natural Danish question: drops question and function words, notices decision intent
/// ("hvad blev besluttet"), a year or month ("i 2023", "marts 2023") and body or municipality names.
/// All of these become preferences (boosts), never filters, so a wrong guess only reorders hits.
/// Quoted phrases, excluded and required words are taken as typed.
/// </summary>
internal static class QueryInterpreter
{
    /// <summary>Words that carry no topic in a question. Nouns and verbs with content stay.</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "hvad", "hvem", "hvornår", "hvor", "hvordan", "hvorfor", "hvilke", "hvilken", "hvilket", "hvis", "hvorledes",
        "hvormed", "hvorvidt", "mon", "blev", "bliver", "blive", "er", "var", "været", "det", "der", "den", "de",
        "dem", "om", "har", "have", "havde", "skal", "skulle", "kan", "kunne", "vil", "ville", "må", "man", "til",
        "for", "i", "på", "af", "med", "og", "eller", "at", "en", "et", "nogen", "noget", "nogle", "egentlig",
        "så", "sig", "som", "fra", "ved", "efter", "ud", "op", "os", "vi", "jeg", "du",
        "sagt", "sagde", "gjort", "gør", "står", "stod", "siger", "handler", "handlede",
        "fortæl", "find", "vis", "angående", "vedrørende", "vedr", "ift", "mht",
    };

    private static readonly HashSet<string> DecisionWords = new(StringComparer.Ordinal)
    {
        "besluttet", "besluttede", "beslutte", "besluttes", "beslutning", "beslutningen", "beslutninger",
        "aftalt", "aftalte", "vedtaget", "vedtog", "vedtage", "konkluderet", "konkluderede", "konklusion",
        "konklusionen", "godkendt", "godkendte", "enige", "enedes",
    };

    /// <summary>
    /// Words asking for the meeting header: who attended or sent apologies, who took the minutes, where
    /// the meeting was held. They stay search words too ("referent" is in the header's own lines).
    /// </summary>
    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "referent", "referenten", "referatet", "deltog", "deltagere", "deltagerne", "fremmødte", "tilstede",
        "afbud", "fraværende", "mødested", "mødestedet", "mødelokale", "mødelokalet", "mødedato",
    };

    private static readonly string[] Months =
    [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ];

    public static InterpretedQuery Interpret(
        IReadOnlyList<QueryClause> clauses,
        IReadOnlyCollection<string> bodies,
        IReadOnlyCollection<string> municipalities)
    {
        var kept = new List<QueryClause>();
        var decisionWords = new List<string>();
        DateOnly? from = null, to = null;
        string? dateLabel = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var word = clause.Text.ToLower(DanishCulture.Info);
            if (clause.IsPhrase || clause.Negated || clause.Required)
            {
                kept.Add(clause);
                continue;
            }

            if (Year(word) is { } year)
            {
                var month = i > 0 ? Month(clauses[i - 1].Text) : null;
                if (month is not null && kept.Count > 0 && kept[^1] == clauses[i - 1])
                {
                    kept.RemoveAt(kept.Count - 1);
                    from = new DateOnly(year, month.Value, 1);
                    to = from.Value.AddMonths(1).AddDays(-1);
                    dateLabel = $"{Months[month.Value - 1]} {year}";
                }
                else
                {
                    from = new DateOnly(year, 1, 1);
                    to = new DateOnly(year, 12, 31);
                    dateLabel = year.ToString(CultureInfo.InvariantCulture);
                    // "tovholder i 2026" is as often about the year named in the text as about a
                    // meeting held that year: the year stays a word too.
                    kept.Add(clause);
                }

                continue;
            }

            if (DecisionWords.Contains(word))
            {
                decisionWords.Add(word);
                continue;
            }

            if (!QuestionWords.Contains(word))
            {
                kept.Add(clause);
            }
        }

        // A query of nothing but function words ("det der") is searched as typed.
        if (kept.Count == 0 && decisionWords.Count == 0 && from is null)
        {
            kept.AddRange(clauses);
        }

        var text = Normalise(string.Join(' ', clauses.Select(c => c.Text)));
        var words = clauses.Select(c => c.Text.ToLower(DanishCulture.Info)).ToHashSet(StringComparer.Ordinal);
        var headerIntent = words.Overlaps(HeaderWords) || text.Contains("hvor blev mødet holdt", StringComparison.Ordinal);
        return new InterpretedQuery(
            kept,
            decisionWords,
            decisionWords.Count > 0 && !headerIntent,
            headerIntent,
            from,
            to,
            dateLabel,
            bodies.Where(b => MentionsBody(text, words, b)).ToList(),
            municipalities.Where(m => words.Contains(m.ToLower(DanishCulture.Info)) || words.Contains(m.ToLower(DanishCulture.Info) + "s")).ToList());
    }

    /// <summary>
    /// A body counts as mentioned when its whole name is in the question, or its first word is
    /// ("styregruppen" for "Styregruppen for Rammeaftale Sjælland").
    /// </summary>
    private static bool MentionsBody(string normalisedQuery, HashSet<string> words, string body)
    {
        var name = Normalise(body);
        if (name.Length > 0 && normalisedQuery.Contains(name, StringComparison.Ordinal))
        {
            return true;
        }

        var first = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLower(DanishCulture.Info);
        return first is { Length: > 4 } && words.Contains(first);
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.ToLower(DanishCulture.Info).Split(
            [' ', ',', '.', '?', '!', ':', ';', '-', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries));

    private static int? Year(string word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1990 and <= 2100
            ? year
            : null;

    private static int? Month(string word)
    {
        var lower = word.ToLower(DanishCulture.Info).TrimEnd('.');
        for (var m = 0; m < Months.Length; m++)
        {
            if (Months[m] == lower || (lower.Length >= 3 && Months[m].StartsWith(lower, StringComparison.Ordinal) && lower.Length < Months[m].Length && lower.Length <= 4))
            {
                return m + 1;
            }
        }

        return null;
    }
}
