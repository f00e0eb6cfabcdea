namespace Minutes.Search.Answers;

/// <summary>The answer to an <see cref="AskRequest"/>.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answer">
/// Danish plain text (not HTML-escaped: escape it when showing it) whose sentences end in citation
/// numbers, e.g. "… målgrupper [1]."; one line per meeting item in extractive mode.
/// </param>
/// <param name="Mode"><see cref="AnswerModes.Extractive"/> or <see cref="AnswerModes.Llm"/>.</param>
/// <param name="Citations">
/// The numbered sources: the top hits in search order, then the decisions of their items found further
/// down; the answer cites some of them.
/// </param>
/// <param name="Warning">
/// Danish, for showing next to the answer, when a summary was asked for and could not be given
/// (e.g. "Sprogmodellen svarede ikke inden for 30 sekunder; svaret er uddraget direkte af referaterne.");
/// null otherwise.
/// </param>
public sealed record AnswerResponse(
    string Question,
    string Answer,
    string Mode,
    IReadOnlyList<Citation> Citations,
    string? Warning);
