namespace Minutes.Api.Endpoints;

/// <summary>The JSON body of POST /api/ask. Dates as text (yyyy-MM-dd) so a bad one gets a 400 naming it.</summary>
/// <param name="Question">Required, at most 500 characters.</param>
/// <param name="Summarize">Ask the configured LLM for the answer; extractive when none is configured or it fails.</param>
/// <param name="Limit">Numbered sources, 1-20; default 5.</param>
public sealed record AskBody(string? Question, bool? Summarize, int? Limit, string? Body, string? From, string? To);
