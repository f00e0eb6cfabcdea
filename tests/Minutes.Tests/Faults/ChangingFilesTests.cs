using Minutes.Core;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;
using Minutes.Tests.Ingestion;
using Minutes.Tests.Search;

namespace Minutes.Tests.Faults;

/// <summary>Files that change or vanish between the sync listing them and the reader opening them.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Faults")]
public sealed class ChangingFilesTests(IngestionFixture ingestion) : IDisposable
{
    private readonly string _root = FaultCorpus.NewTempFolder("changing");
    private readonly List<MinutesIndex> _indexes = [];

    public void Dispose()
    {
        _indexes.ForEach(i => i.Dispose());
        FaultCorpus.DeleteQuietly(_root);
    }

    [Fact]
    public async Task AFileThatDisappearsWhileIngestedIsReportedAndTheRestIsIndexed()
    {
        var (minutes, files, index) = await SetUpAsync(10);
        var victim = files[4];

        var report = await index.SyncAsync(SourceFolders.Scan([minutes], [".txt"]), Interfere(victim, () => File.Delete(victim)), null, CancellationToken.None);

        var failure = Assert.Single(report.Failed);
        Assert.Equal(victim, failure.File);
        Assert.Contains("does not exist", failure.Reason);
        Assert.Equal(files.Count - 1, report.Added);
        using var lease = index.Acquire();
        Assert.DoesNotContain(victim, IndexConsistency.FilesWithAllPassages(lease.Searcher));
    }

    [Fact]
    public async Task AnIndexedFileThatDisappearsWhileReindexedKeepsItsPassagesUntilTheNextSync()
    {
        var (minutes, files, index) = await SetUpAsync(6);
        await index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        var victim = files[2];
        await File.AppendAllTextAsync(victim, "\nTilføjet efter første indeksering.\n");

        var report = await index.SyncAsync(SourceFolders.Scan([minutes], [".txt"]), Interfere(victim, () => File.Delete(victim)), null, CancellationToken.None);

        Assert.Equal(victim, Assert.Single(report.Failed).File);
        using (var lease = index.Acquire())
        {
            Assert.Contains(victim, IndexConsistency.FilesWithAllPassages(lease.Searcher));
        }

        var next = await index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        Assert.Equal(1, next.Removed);
        Assert.Empty(next.Failed);
    }

    [Fact]
    public async Task AFileRewrittenWhileIngestedIsIndexedWholeAndTheNextSyncPicksUpTheNewText()
    {
        var (minutes, files, index) = await SetUpAsync(8);
        var changing = files[3];
        var newText = await FaultCorpus.TextAsync(ingestion, seed: 99, 0) + "\nSærligt kendetegn: zyxqvorp.\n";

        // Rewritten in the middle of reading: the old version is parsed, the new one lands on disk.
        var first = await index.SyncAsync(SourceFolders.Scan([minutes], [".txt"]), Interfere(changing, () => File.WriteAllText(changing, newText), after: true), null, CancellationToken.None);
        Assert.Equal(files.Count, first.Added);
        var searcher = new MinutesSearcher(index);
        Assert.Equal(0, searcher.Search(new SearchRequest { Q = "zyxqvorp" }).Total);

        var second = await index.SyncAsync(ingestion.Pipeline.Scan([minutes]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);

        Assert.Equal(1, second.Changed);
        var hits = searcher.Search(new SearchRequest { Q = "zyxqvorp" }).Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(Path.GetFileName(changing), h.Source.File));
        using var lease = index.Acquire();
        Assert.Equal(files.Count, IndexConsistency.FilesWithAllPassages(lease.Searcher).Count);
    }

    private async Task<(string Minutes, IReadOnlyList<string> Files, MinutesIndex Index)> SetUpAsync(int count)
    {
        var minutes = Path.Combine(_root, "minutes");
        var files = await FaultCorpus.WriteAsync(ingestion, minutes, count, seed: 31);
        var index = new MinutesIndex(new IndexOptions { Path = Path.Combine(_root, "index") }, TempIndex.Analysis);
        _indexes.Add(index);
        return (minutes, files, index);
    }

    /// <summary>The real parser, with <paramref name="interference"/> run on <paramref name="victim"/> just before (or after) it is read.</summary>
    private Func<string, CancellationToken, Task<ParsedFile>> Interfere(string victim, Action interference, bool after = false) =>
        async (path, cancellationToken) =>
        {
            if (path == victim && !after)
            {
                interference();
            }

            var parsed = await ingestion.Pipeline.ParseFileAsync(path, cancellationToken);
            if (path == victim && after)
            {
                interference();
            }

            return parsed;
        };
}
