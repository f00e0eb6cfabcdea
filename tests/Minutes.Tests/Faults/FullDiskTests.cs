using Minutes.Search.Indexing;
using Minutes.Search.Querying;
using Minutes.Tests.Ingestion;
using Minutes.Tests.Search;

namespace Minutes.Tests.Faults;

/// <summary>The index folder fills up or turns read-only under a running service: the sync fails with a clear error and searches go on from the last commit.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Faults")]
public sealed class FullDiskTests(IngestionFixture ingestion) : IDisposable
{
    private const string Query = "hvad blev besluttet om Døgndiamanten";
    private readonly string _root = FaultCorpus.NewTempFolder("disk-minutes");

    public void Dispose() => FaultCorpus.DeleteQuietly(_root);

    [TinyDiskFact]
    public async Task AFullDiskFailsTheSyncWithAClearErrorAndTheOldIndexKeepsServing()
    {
        using var disk = new TinyDisk(megabytes: 2);
        var indexPath = Path.Combine(disk.Path, "index");
        var minutes = CopySamples();
        using (var index = new MinutesIndex(new IndexOptions { Path = indexPath }, TempIndex.Analysis))
        {
            await index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
            var searcher = new MinutesSearcher(index);
            var before = searcher.Search(new SearchRequest { Q = Query });
            await FaultCorpus.WriteAsync(ingestion, Path.Combine(minutes, "flere"), 150, seed: 41);

            var error = await Assert.ThrowsAsync<IndexWriteException>(
                () => index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None));

            Assert.Contains(indexPath, error.Message);
            Assert.Contains("No space left on device", error.Message);
            var after = searcher.Search(new SearchRequest { Q = Query });
            Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
            Assert.Equal(5, index.GetStats().Documents);
        }

        Assert.Equal(5, IndexConsistency.CheckLastCommit(indexPath)!.Count);
        using var reopened = new MinutesIndex(new IndexOptions { Path = indexPath }, TempIndex.Analysis);
        Assert.Equal(IndexOpenOutcome.Opened, reopened.OpenOutcome);
        Assert.NotEmpty(new MinutesSearcher(reopened).Search(new SearchRequest { Q = Query }).Hits);
    }

    [TinyDiskFact]
    public async Task AReadOnlyIndexFolderIsServedAndASyncFailsWithAClearError()
    {
        using var disk = new TinyDisk(megabytes: 16);
        var indexPath = Path.Combine(disk.Path, "index");
        var minutes = CopySamples();
        IReadOnlyList<string> before;
        using (var writable = new MinutesIndex(new IndexOptions { Path = indexPath }, TempIndex.Analysis))
        {
            await writable.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
            before = new MinutesSearcher(writable).Search(new SearchRequest { Q = Query }).Hits.Select(h => h.Id).ToList();
        }

        disk.MakeReadOnly();
        using var index = new MinutesIndex(new IndexOptions { Path = indexPath }, TempIndex.Analysis);
        await File.AppendAllTextAsync(Directory.EnumerateFiles(minutes).Order(StringComparer.Ordinal).First(), "\nSærligt kendetegn: zyxqvorp.\n");

        var error = await Assert.ThrowsAsync<IndexWriteException>(
            () => index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None));

        Assert.True(index.IsReadOnly);
        Assert.Contains("read-only", error.Message);
        Assert.Contains(indexPath, error.Message);
        Assert.Equal(before, new MinutesSearcher(index).Search(new SearchRequest { Q = Query }).Hits.Select(h => h.Id));
        Assert.Equal(5, index.GetStats().Documents);
    }

    private string CopySamples()
    {
        var minutes = Path.Combine(_root, "minutes");
        Directory.CreateDirectory(minutes);
        foreach (var sample in Directory.EnumerateFiles(Fixtures.SamplesFolder))
        {
            File.Copy(sample, Path.Combine(minutes, Path.GetFileName(sample)));
        }

        return minutes;
    }
}
