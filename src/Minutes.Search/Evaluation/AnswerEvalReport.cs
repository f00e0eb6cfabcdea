namespace Minutes.Search.Evaluation;

/// <summary>Answers to an eval set and their answer support: the share of questions whose answer supports a gold entry.</summary>
public sealed record AnswerEvalReport(IReadOnlyList<AnswerEvalResult> Questions, double Support);
