namespace Minutes.Search.Evaluation;

/// <summary>One line of an eval jsonl file: a question as users ask it and its gold passages.</summary>
public sealed record EvalQuestion(string Id, string Q, IReadOnlyList<EvalGold> Gold);
