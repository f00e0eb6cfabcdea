using System.Text.Json.Serialization;

namespace Minutes.Ingestion.Evaluation;

/// <summary>
/// The figures of a structure evaluation over many files: dates right, items recall and precision
/// (pooled over all items), titles matched, decision recall and decisions claimed where none belong.
/// </summary>
public sealed record StructureTotals(
    [property: JsonPropertyName("files")] int Files,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("datesRight")] int DatesRight,
    [property: JsonPropertyName("itemsExpected")] int ItemsExpected,
    [property: JsonPropertyName("itemsFound")] int ItemsFound,
    [property: JsonPropertyName("itemsMatched")] int ItemsMatched,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("titlesExpected")] int TitlesExpected,
    [property: JsonPropertyName("titlesMatched")] int TitlesMatched,
    [property: JsonPropertyName("titleRate")] double TitleRate,
    [property: JsonPropertyName("decisionItemsExpected")] int DecisionItemsExpected,
    [property: JsonPropertyName("decisionRecall")] double DecisionRecall,
    [property: JsonPropertyName("decisionItemsUnexpected")] int DecisionItemsUnexpected)
{
    public static StructureTotals Of(IReadOnlyList<FileStructureScore> scores)
    {
        var expected = scores.Sum(s => s.ItemsExpected);
        var found = scores.Sum(s => s.ItemsFound);
        var matched = scores.Sum(s => s.ItemsMatched);
        var titles = scores.Sum(s => s.TitlesExpected);
        var decisions = scores.Sum(s => s.DecisionItemsExpected);
        return new StructureTotals(
            scores.Count,
            scores.Count(s => s.Error is not null),
            scores.Count(s => s.DateRight),
            expected,
            found,
            matched,
            Ratio(matched, expected),
            Ratio(matched, found),
            titles,
            scores.Sum(s => s.TitlesMatched),
            Ratio(scores.Sum(s => s.TitlesMatched), titles),
            decisions,
            Ratio(scores.Sum(s => s.DecisionItemsFound), decisions),
            scores.Sum(s => s.DecisionItemsUnexpected));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : Math.Round((double)part / whole, 4);
}
