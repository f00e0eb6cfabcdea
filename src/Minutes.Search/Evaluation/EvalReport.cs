namespace Minutes.Search.Evaluation;

/// <summary>Scores over a question set, per the rule in the eval README.</summary>
/// <param name="Mrr10">Mean of 1/rank of the first relevant hit in the top 10 (0 if none).</param>
/// <param name="S1">Share of questions with a relevant hit at rank 1.</param>
/// <param name="S5">Share with a relevant hit within the first 5.</param>
/// <param name="Ndcg10">Mean binary-gain nDCG@10 over gold entries.</param>
/// <param name="Recall10">Mean share of a question's gold entries found in the top 10.</param>
public sealed record EvalReport(
    IReadOnlyList<EvalQuestionResult> Questions,
    double Mrr10,
    double S1,
    double S5,
    double Ndcg10,
    double Recall10);
