using Minutes.Search.Embeddings;

namespace Minutes.Tests.Search.Embeddings;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void ADocumentHighInBothRankingsBeatsOneHighInOne()
    {
        var fused = ReciprocalRankFusion.Fuse(lexical: [1, 2, 3], vector: [3, 4], k: 60);

        Assert.Equal([3, 1, 2, 4], fused.Select(f => f.Doc));
        Assert.Equal(1.0 / 63 + 1.0 / 61, fused[0].Score, 6);
    }

    [Fact]
    public void WithoutVectorHitsTheLexicalOrderIsKept()
    {
        var fused = ReciprocalRankFusion.Fuse(lexical: [7, 3, 9, 1], vector: [], k: 60);

        Assert.Equal([7, 3, 9, 1], fused.Select(f => f.Doc));
    }

    [Fact]
    public void EqualFusedScoresGoToTheBetterLexicalRank()
    {
        // 2 is lexical rank 2 and 5 vector rank 2: equal scores, the lexical one first.
        var fused = ReciprocalRankFusion.Fuse(lexical: [1, 2], vector: [4, 5], k: 60);

        Assert.Equal([1, 4, 2, 5], fused.Select(f => f.Doc));
    }
}
