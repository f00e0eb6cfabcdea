using Lucene.Net.Search;
using Minutes.Search.Embeddings;

namespace Minutes.Search.Querying;

/// <summary>
/// Hybrid retrieval, when <see cref="EmbeddingOptions"/> are configured: the lexical ranking and the
/// passages nearest to the question's vector are fused by reciprocal rank fusion. Off (no embeddings
/// configured), or when the question cannot be embedded, searches are the lexical ones, unchanged.
/// </summary>
public sealed partial class MinutesSearcher
{
    /// <summary>
    /// <see cref="Search(SearchRequest)"/>, with hybrid retrieval when embeddings are configured: the
    /// question is embedded first (bounded by <see cref="EmbeddingOptions.QueryTimeoutMs"/>; a failure
    /// searches lexically and logs a warning).
    /// </summary>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Search(request, countFacets: true, pick: null, await QuestionVectorAsync(request.Q, cancellationToken));
    }

    /// <summary>The question's vector; null when embeddings are off, the question is empty or the server failed.</summary>
    internal async Task<float[]?> QuestionVectorAsync(string? question, CancellationToken cancellationToken) =>
        index.Vectors is { } vectors && !string.IsNullOrWhiteSpace(question)
            ? await vectors.EmbedQuestionAsync(question.Trim(), cancellationToken)
            : null;

    /// <summary>
    /// The best <paramref name="depth"/> of the fused ranking: the lexical ranking (as deep as <see cref="EmbeddingOptions.Candidates"/>)
    /// and the nearest passages that pass the same filters, fused with <see cref="ReciprocalRankFusion"/>.
    /// The total adds the passages only the vectors found.
    /// </summary>
    private (IReadOnlyList<ScoreDoc> Ranked, int Total) FusedRank(
        IndexSearcher searcher, BuiltQuery built, Query query, Filter? filter, int depth, ICollector? also, float[] questionVector)
    {
        var vectors = index.Vectors!;
        var (lexical, total) = Rank(searcher, built, query, filter, Math.Max(depth, vectors.Options.Candidates), also);
        var nearest = vectors.Nearest(searcher, questionVector, filter, vectors.Options.Candidates);
        var lexicalDocs = lexical.Select(d => d.Doc).ToList();
        var fused = ReciprocalRankFusion.Fuse(lexicalDocs, nearest.Select(n => n.Doc).ToList(), vectors.Options.RrfK);
        var onlyByVector = fused.Count - lexicalDocs.Distinct().Count();
        return (fused.Take(depth).Select(f => new ScoreDoc(f.Doc, f.Score)).ToList(), total + onlyByVector);
    }
}
