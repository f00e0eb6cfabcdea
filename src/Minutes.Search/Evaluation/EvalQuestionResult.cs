namespace Minutes.Search.Evaluation;

/// <summary>How one question fared over its first 10 hits.</summary>
/// <param name="FirstRelevantRank">1-based rank of the first relevant hit; null when none of the 10 is.</param>
/// <param name="GoldFound">Gold entries credited within the 10 hits.</param>
/// <param name="Hits">The hits' files and texts, in rank order: what the shared scorer reads, and for looking into misses.</param>
public sealed record EvalQuestionResult(
    string Id,
    string Q,
    int? FirstRelevantRank,
    int GoldFound,
    int GoldCount,
    double Ndcg10,
    IReadOnlyList<EvalHit> Hits)
{
    public double ReciprocalRank => FirstRelevantRank is { } rank ? 1.0 / rank : 0;

    public double Recall10 => GoldCount == 0 ? 0 : (double)GoldFound / GoldCount;
}
