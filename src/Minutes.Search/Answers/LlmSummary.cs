namespace Minutes.Search.Answers;

/// <summary>What the language model gave: a checked answer, or why there is none.</summary>
/// <param name="Answer">The model's answer with only valid citations; null when it failed.</param>
/// <param name="Warning">Danish, for the user, when <paramref name="Answer"/> is null.</param>
internal sealed record LlmSummary(string? Answer, string? Warning);
