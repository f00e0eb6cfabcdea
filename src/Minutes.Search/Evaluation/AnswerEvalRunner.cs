using System.Text.RegularExpressions;
using Minutes.Search.Answers;

namespace Minutes.Search.Evaluation;

/// <summary>
/// Scores extractive answers on eval questions: a question is answered when the answer text, normalised
/// as the eval README says (lower-case, letters and digits only), contains a gold phrase and the answer
/// cites ("[n]") a source from that gold entry's file. Citation markers are removed before matching so
/// a "[2]" never joins or splits a phrase.
/// </summary>
public sealed partial class AnswerEvalRunner(AnswerGenerator answers)
{
    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    public async Task<AnswerEvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var results = new List<AnswerEvalResult>();
        foreach (var question in questions)
        {
            var response = await answers.AskAsync(new AskRequest { Question = question.Q }, cancellationToken);
            var cited = Marker().Matches(response.Answer)
                .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .Select(n => response.Citations.FirstOrDefault(c => c.Number == n)?.Source.File)
                .ToHashSet();
            var text = EvalText.Normalise(Marker().Replace(response.Answer, " "));
            var answered = question.Gold.Any(g => cited.Contains(g.File) && text.Contains(EvalText.Normalise(g.Phrase), StringComparison.Ordinal));
            results.Add(new AnswerEvalResult(question.Id, question.Q, response.Answer, answered));
        }

        return new AnswerEvalReport(results, results.Count == 0 ? 0 : results.Average(r => r.Answered ? 1.0 : 0.0));
    }
}
