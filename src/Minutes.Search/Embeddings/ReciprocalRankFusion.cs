namespace Minutes.Search.Embeddings;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): each document scores Σ 1 / (k + rank)
/// over the rankings it appears in (rank 1-based). It needs no comparable scores, so BM25 and cosine
/// similarity can be fused as they are; a document high in both rankings beats one high in one.
/// </summary>
/// <example>With k = 60, lexical [a, b, c] and vector [c, d]: c scores 1/63 + 1/61, a 1/61, b 1/62, d 1/62 → c, a, b, d.</example>
internal static class ReciprocalRankFusion
{
    /// <summary>The documents of both rankings, best fused score first; ties go to the better lexical rank, then the better vector rank.</summary>
    public static IReadOnlyList<(int Doc, float Score)> Fuse(IReadOnlyList<int> lexical, IReadOnlyList<int> vector, int k)
    {
        var fused = new Dictionary<int, (double Score, int Lexical, int Vector)>();
        for (var i = 0; i < lexical.Count; i++)
        {
            if (!fused.ContainsKey(lexical[i]))
            {
                fused[lexical[i]] = (1.0 / (k + i + 1), i, int.MaxValue);
            }
        }

        for (var i = 0; i < vector.Count; i++)
        {
            var contribution = 1.0 / (k + i + 1);
            fused[vector[i]] = fused.TryGetValue(vector[i], out var seen)
                ? seen.Vector == int.MaxValue ? (seen.Score + contribution, seen.Lexical, i) : seen
                : (contribution, int.MaxValue, i);
        }

        return fused
            .OrderByDescending(f => f.Value.Score)
            .ThenBy(f => f.Value.Lexical)
            .ThenBy(f => f.Value.Vector)
            .Select(f => (f.Key, (float)f.Value.Score))
            .ToList();
    }
}
