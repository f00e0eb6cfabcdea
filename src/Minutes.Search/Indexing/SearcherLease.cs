using Lucene.Net.Search;

namespace Minutes.Search.Indexing;

/// <summary>A searcher acquired from the <see cref="SearcherManager"/>; disposing releases it.</summary>
internal sealed class SearcherLease(SearcherManager manager) : IDisposable
{
    private int _released;

    public IndexSearcher Searcher { get; } = manager.Acquire();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            manager.Release(Searcher);
        }
    }
}
