using Minutes.Search.Indexing;
using Minutes.Search.Querying;
using Minutes.Tests.Ingestion;
using Minutes.Tests.Search;

namespace Minutes.Tests.Faults;

/// <summary>Searches keep running while a sync replaces every file: none fails, none sees a file half old and half new.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Faults")]
public sealed class ReindexUnderSearchTests(IngestionFixture ingestion) : IDisposable
{
    private readonly string _root = FaultCorpus.NewTempFolder("reindex");

    public void Dispose() => FaultCorpus.DeleteQuietly(_root);

    [Fact]
    public async Task SearchesDuringAReindexNeverFailAndNeverSeeAHalfReplacedFile()
    {
        var minutes = Path.Combine(_root, "minutes");
        var files = await FaultCorpus.WriteAsync(ingestion, minutes, 24, seed: 21);
        using var index = new MinutesIndex(new IndexOptions { Path = Path.Combine(_root, "index"), CommitEveryFiles = 2 }, TempIndex.Analysis);
        var searcher = new MinutesSearcher(index);
        await index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        var before = index.ListMeetings().Select(m => (m.File, m.Title, m.Date)).ToHashSet();

        // Every file gets other minutes under the same name: all its passages must change together.
        for (var i = 0; i < files.Count; i++)
        {
            await File.WriteAllTextAsync(files[i], await FaultCorpus.TextAsync(ingestion, seed: 22, i));
        }

        using var stop = new CancellationTokenSource();
        var searches = Enumerable.Range(0, 2).Select(worker => Task.Run(() => Search(index, searcher, worker, stop.Token))).ToList();
        var report = await index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        await stop.CancelAsync();
        var checks = await Task.WhenAll(searches);

        Assert.Equal(files.Count, report.Changed);
        Assert.All(checks, c => Assert.True(c > 0, "no search ran during the sync"));
        Assert.DoesNotContain(index.ListMeetings(), m => before.Contains((m.File, m.Title, m.Date)));
        using var lease = index.Acquire();
        Assert.Equal(files.Count, IndexConsistency.FilesWithAllPassages(lease.Searcher).Count);
    }

    /// <summary>Searches and checks the searcher's view of the index until stopped; returns how many rounds ran.</summary>
    private static int Search(MinutesIndex index, MinutesSearcher searcher, int worker, CancellationToken stop)
    {
        string[] queries = ["hvad blev besluttet om plejefamilier", "Børnehus Sjælland takst", "\"centrale udmeldinger\"", "rammeaftale 2024"];
        var rounds = 0;
        while (!stop.IsCancellationRequested)
        {
            var response = searcher.Search(new SearchRequest { Q = queries[(rounds + worker) % queries.Length] });
            Assert.NotEmpty(response.Hits);
            using (var lease = index.Acquire())
            {
                IndexConsistency.FilesWithAllPassages(lease.Searcher);
            }

            rounds++;
        }

        return rounds;
    }
}
