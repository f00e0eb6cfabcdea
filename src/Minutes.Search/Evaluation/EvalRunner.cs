using System.Text.Json;
using Minutes.Search.Querying;

namespace Minutes.Search.Evaluation;

/// <summary>
/// Runs eval questions through a <see cref="MinutesSearcher"/> (10 hits each) and scores them exactly
/// as the eval README says: a hit is relevant to a gold entry when its file name equals the entry's
/// file and its text's first 2,000 characters contain the phrase after both are normalised; each gold
/// entry is credited once, at the first hit that matches it.
/// </summary>
public sealed class EvalRunner(MinutesSearcher searcher)
{
    /// <summary>Hits scored per question.</summary>
    public const int Depth = 10;

    /// <summary>Characters of a hit's text a reader (and the scorer) looks at.</summary>
    public const int ReadChars = 2_000;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a jsonl file of <see cref="EvalQuestion"/>s (blank lines skipped) and scores them.</summary>
    public async Task<EvalReport> RunAsync(string jsonlPath, CancellationToken cancellationToken) =>
        Run(await ReadQuestionsAsync(jsonlPath, cancellationToken));

    /// <summary>The <see cref="EvalQuestion"/>s of a jsonl file, one per line; blank lines are skipped.</summary>
    public static async Task<IReadOnlyList<EvalQuestion>> ReadQuestionsAsync(string jsonlPath, CancellationToken cancellationToken)
    {
        var questions = new List<EvalQuestion>();
        foreach (var line in await File.ReadAllLinesAsync(jsonlPath, cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                questions.Add(JsonSerializer.Deserialize<EvalQuestion>(line, Json)
                              ?? throw new FormatException($"An empty question in {jsonlPath}"));
            }
        }

        return questions;
    }

    /// <summary>
    /// The questions of one half of a set split by id: odd ids ("g001") are the tune half, even ids the
    /// test half; a question without a number in its id belongs to neither half.
    /// </summary>
    public static IReadOnlyList<EvalQuestion> Half(IReadOnlyList<EvalQuestion> questions, bool odd) =>
        questions.Where(q => Number(q.Id) is { } n && n % 2 == (odd ? 1 : 0)).ToList();

    private static int? Number(string id)
    {
        var digits = new string(id.Reverse().TakeWhile(char.IsAsciiDigit).Reverse().ToArray());
        return digits.Length > 0 && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public EvalReport Run(IReadOnlyList<EvalQuestion> questions)
    {
        var results = questions.Select(Score).ToList();
        double Mean(Func<EvalQuestionResult, double> value) => results.Count == 0 ? 0 : results.Average(value);
        return new EvalReport(
            results,
            Mean(r => r.ReciprocalRank),
            Mean(r => r.FirstRelevantRank == 1 ? 1 : 0),
            Mean(r => r.FirstRelevantRank <= 5 ? 1 : 0),
            Mean(r => r.Ndcg10),
            Mean(r => r.Recall10));
    }

    private EvalQuestionResult Score(EvalQuestion question)
    {
        var hits = searcher.Search(new SearchRequest { Q = question.Q, Limit = Depth }).Hits;
        var gold = question.Gold.Select(g => (g.File, Phrase: EvalText.Normalise(g.Phrase))).ToList();
        var credited = new bool[gold.Count];
        int? firstRelevant = null;
        var dcg = 0.0;
        for (var rank = 1; rank <= hits.Count; rank++)
        {
            var hit = hits[rank - 1];
            var text = EvalText.Normalise(hit.Text.Length > ReadChars ? hit.Text[..ReadChars] : hit.Text);
            for (var g = 0; g < gold.Count; g++)
            {
                if (hit.Source.File == gold[g].File && text.Contains(gold[g].Phrase, StringComparison.Ordinal))
                {
                    firstRelevant ??= rank;
                    if (!credited[g])
                    {
                        credited[g] = true;
                        dcg += 1 / Math.Log2(rank + 1);
                    }
                }
            }
        }

        var ideal = Enumerable.Range(1, Math.Min(gold.Count, Depth)).Sum(rank => 1 / Math.Log2(rank + 1));
        return new EvalQuestionResult(
            question.Id,
            question.Q,
            firstRelevant,
            credited.Count(c => c),
            gold.Count,
            ideal == 0 ? 0 : Math.Min(1, dcg / ideal),
            hits.Select(h => new EvalHit(h.Source.File, h.Text)).ToList());
    }
}
