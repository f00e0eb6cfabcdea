using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Minutes.Search.Indexing;

/// <summary>Makes every searcher of the <see cref="SearcherManager"/> score with <see cref="MinutesSimilarity"/> (BM25), like the writer's norms.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new MinutesSimilarity() };
}
