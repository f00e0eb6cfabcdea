namespace Minutes.Search.Evaluation;

/// <summary>One eval question's extractive answer and whether it holds a gold phrase cited to the gold file.</summary>
/// <param name="Answered">The answer contains a gold phrase (normalised) and cites a source from that phrase's file.</param>
public sealed record AnswerEvalResult(string Id, string Q, string Answer, bool Answered);
