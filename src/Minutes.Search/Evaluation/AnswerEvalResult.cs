namespace Minutes.Search.Evaluation;

/// <summary>One eval question's extractive answer and whether it supports a gold entry (<see cref="AnswerEvalRunner"/>).</summary>
/// <param name="Supported">The answer holds enough of a gold phrase's words and cites a passage of its file that contains the phrase.</param>
/// <param name="WordShare">Share of the best gold phrase's words the answer holds, 0..1.</param>
/// <param name="CitesGold">The answer cites a passage containing that gold phrase.</param>
public sealed record AnswerEvalResult(string Id, string Q, string Answer, bool Supported, double WordShare, bool CitesGold);
