namespace Minutes.Search.Evaluation;

/// <summary>One hit as the shared scorer (<c>bench/score.py</c>) reads it: its source file name and its text.</summary>
public sealed record EvalHit(string File, string Text);
