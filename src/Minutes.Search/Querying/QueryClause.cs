namespace Minutes.Search.Querying;

/// <summary>One word or quoted phrase of the query text.</summary>
/// <param name="Text">The word or phrase as typed, without quotes or operators.</param>
/// <param name="Group">Clauses joined by OR share a group; each group counts as one alternative.</param>
internal sealed record QueryClause(string Text, bool IsPhrase, bool Negated, bool Required, int Group);
