using System.Globalization;
using Minutes.Search.Evaluation;

namespace Minutes.Cli.Commands;

/// <summary>The answers of <c>minutes eval --answers</c>: per question whether it is supported, the share of the gold phrase's words held, and the answer.</summary>
internal static class AnswerEvalPrinter
{
    public static void Print(AnswerEvalReport report)
    {
        foreach (var q in report.Questions)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{q.Id,-5} answer {(q.Supported ? "yes" : "no "),-3} words {q.WordShare:F2} cites {(q.CitesGold ? "yes" : "no ")} {q.Q}"));
            Console.WriteLine("      " + q.Answer.ReplaceLineEndings("\n      "));
        }
    }
}
