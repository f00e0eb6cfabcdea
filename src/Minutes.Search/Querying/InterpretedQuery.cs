namespace Minutes.Search.Querying;

/// <summary>What <see cref="QueryInterpreter"/> read out of the query text.</summary>
/// <param name="Clauses">Words and phrases to match (question words removed).</param>
/// <param name="DecisionWords">Decision words of the question, matched weakly ("besluttet").</param>
/// <param name="DecisionIntent">The question asks what was decided or agreed.</param>
/// <param name="HeaderIntent">The question asks who attended, who took the minutes or where the meeting was: the meeting header.</param>
/// <param name="DateFrom">Start of the period the question names, if any.</param>
/// <param name="DateTo">End of that period.</param>
/// <param name="DateLabel">The period as written back to the user ("marts 2023").</param>
/// <param name="Bodies">Body names the question mentions (exact index values).</param>
/// <param name="Municipalities">Municipality names the question mentions (exact index values).</param>
internal sealed record InterpretedQuery(
    IReadOnlyList<QueryClause> Clauses,
    IReadOnlyList<string> DecisionWords,
    bool DecisionIntent,
    bool HeaderIntent,
    DateOnly? DateFrom,
    DateOnly? DateTo,
    string? DateLabel,
    IReadOnlyList<string> Bodies,
    IReadOnlyList<string> Municipalities);
