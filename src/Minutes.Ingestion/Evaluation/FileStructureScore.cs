namespace Minutes.Ingestion.Evaluation;

/// <summary>How one file's parsed meeting compares with what it should be.</summary>
/// <param name="Error">Why the file could not be read; the counts are then all "found nothing".</param>
/// <param name="TitleMisses">"expected | found" for every matched item whose title differs.</param>
public sealed record FileStructureScore(
    string File,
    DateOnly? ExpectedDate,
    DateOnly? FoundDate,
    int ItemsExpected,
    int ItemsFound,
    int ItemsMatched,
    IReadOnlyList<string> MissingItems,
    IReadOnlyList<string> ExtraItems,
    int TitlesExpected,
    int TitlesMatched,
    IReadOnlyList<string> TitleMisses,
    int DecisionItemsExpected,
    int DecisionItemsFound,
    int DecisionItemsUnexpected,
    string? Error = null)
{
    public bool DateRight => ExpectedDate == FoundDate;

    public double Recall => ItemsExpected == 0 ? 1 : (double)ItemsMatched / ItemsExpected;

    public double Precision => ItemsFound == 0 ? (ItemsExpected == 0 ? 1 : 0) : (double)ItemsMatched / ItemsFound;
}
