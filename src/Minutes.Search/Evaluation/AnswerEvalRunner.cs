using System.Globalization;
using System.Text.RegularExpressions;
using Minutes.Core;
using Minutes.Search.Answers;

namespace Minutes.Search.Evaluation;

/// <summary>
/// Measures answer support on eval questions: an answer supports a gold entry when it holds at least
/// <see cref="MinWordShare"/> of the gold phrase's words and cites ("[n]") a source from the gold file
/// whose text contains the phrase, both normalised as the eval README says (<see cref="TextKey"/>:
/// lower-case, letters and digits only). A question is supported when one of its gold entries is.
/// Citation markers are removed before the words are counted, so "[2]" never counts as the word "2".
/// </summary>
public sealed partial class AnswerEvalRunner(AnswerGenerator answers)
{
    /// <summary>Share of the gold phrase's words the answer must hold: an answer may shorten or start a quote elsewhere.</summary>
    public const double MinWordShare = 0.6;

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    public async Task<AnswerEvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var results = new List<AnswerEvalResult>();
        foreach (var question in questions)
        {
            var response = await answers.AskAsync(new AskRequest { Question = question.Q }, cancellationToken);
            results.Add(Score(question, response));
        }

        return new AnswerEvalReport(results, results.Count == 0 ? 0 : results.Average(r => r.Supported ? 1.0 : 0.0));
    }

    /// <summary>How well one answer holds and cites the question's best gold entry.</summary>
    public static AnswerEvalResult Score(EvalQuestion question, AnswerResponse response)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(response);
        var cited = Marker().Matches(response.Answer)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Select(n => response.Citations.FirstOrDefault(c => c.Number == n))
            .OfType<Citation>()
            .ToList();
        var answerWords = TextKey.Words(Marker().Replace(response.Answer, " ")).ToHashSet(StringComparer.Ordinal);
        AnswerEvalResult? best = null;
        foreach (var gold in question.Gold)
        {
            var phrase = TextKey.Of(gold.Phrase);
            var words = TextKey.Words(gold.Phrase);
            var share = words.Count == 0 ? 0 : (double)words.Count(answerWords.Contains) / words.Count;
            var cites = cited.Any(c => c.Source.File == gold.File && TextKey.Of(c.Text).Contains(phrase, StringComparison.Ordinal));
            var result = new AnswerEvalResult(question.Id, question.Q, response.Answer, cites && share >= MinWordShare, share, cites);
            if (best is null || (result.Supported, result.WordShare).CompareTo((best.Supported, best.WordShare)) > 0)
            {
                best = result;
            }
        }

        return best ?? new AnswerEvalResult(question.Id, question.Q, response.Answer, false, 0, false);
    }
}
