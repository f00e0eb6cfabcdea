using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Search.Indexing;

public sealed class ExactFieldTests
{
    [Fact]
    public void EachExactFieldIndexesItsOwnWholeValueThoughTheyShareAStream()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocuments(
            [
                new Document { new ExactField("body", "Børne- og Ungeudvalget", Field.Store.YES), new ExactField("kind", "item", Field.Store.NO) },
                new Document { new ExactField("body", "KKR Sjælland", Field.Store.YES), new ExactField("kind", "decision", Field.Store.NO), new ExactField("kind", "item", Field.Store.NO) },
            ]);
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        int Count(string field, string value) => searcher.Search(new TermQuery(new Term(field, value)), 10).TotalHits;

        Assert.Equal(1, Count("body", "Børne- og Ungeudvalget"));
        Assert.Equal(1, Count("body", "KKR Sjælland"));
        Assert.Equal(0, Count("body", "KKR"));
        Assert.Equal(2, Count("kind", "item"));
        Assert.Equal(1, Count("kind", "decision"));
        Assert.Equal("KKR Sjælland", reader.Document(1).Get("body"));
        Assert.Null(reader.Document(1).Get("kind"));
    }
}
