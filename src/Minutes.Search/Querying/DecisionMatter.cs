namespace Minutes.Search.Querying;

/// <summary>
/// One matter followed over one or more meetings: decisions of agenda items whose titles name the
/// same thing, newest first, so they read as a history.
/// </summary>
/// <param name="Title">The newest item title of the matter.</param>
/// <param name="Meetings">How many meetings decided on it.</param>
/// <param name="First">Date of the oldest decision.</param>
/// <param name="Latest">Date of the newest decision.</param>
public sealed record DecisionMatter(
    string Title,
    int Meetings,
    DateOnly? First,
    DateOnly? Latest,
    IReadOnlyList<DecisionEntry> Decisions);
