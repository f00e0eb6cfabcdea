namespace Minutes.Search.Evaluation;

/// <summary>A passage that answers an eval question: its file and a short exact quote from it.</summary>
public sealed record EvalGold(string File, string Phrase);
