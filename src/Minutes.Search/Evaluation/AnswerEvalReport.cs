namespace Minutes.Search.Evaluation;

/// <summary>Answers to an eval set and the share that hold their gold phrase with a citation of its file.</summary>
public sealed record AnswerEvalReport(IReadOnlyList<AnswerEvalResult> Questions, double Answered);
