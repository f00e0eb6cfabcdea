using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Minutes.Core;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Indexing;

public sealed class MinutesIndexRecoveryTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void NewFolderGetsAnEmptyIndex()
    {
        Assert.Equal(IndexOpenOutcome.Created, _temp.Index.OpenOutcome);
        Assert.Equal(0, _temp.Index.GetStats().Passages);
    }

    [Fact]
    public async Task IndexOfTheCurrentVersionIsOpenedAsIs()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        _temp.Reopen();

        Assert.Equal(IndexOpenOutcome.Opened, _temp.Index.OpenOutcome);
        Assert.Equal(2, _temp.Index.GetStats().Documents);
    }

    [Fact]
    public async Task IndexOfAnotherSchemaVersionIsRebuilt()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        _temp.Reopen(folder =>
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, TempIndex.Analysis.IndexAnalyzer));
            writer.SetCommitData(new Dictionary<string, string> { [MinutesIndex.SchemaKey] = "0" });
            writer.Commit();
        });

        Assert.Equal(IndexOpenOutcome.Rebuilt, _temp.Index.OpenOutcome);
        Assert.Contains("schema version 0", _temp.Index.OpenReason, StringComparison.Ordinal);
        Assert.Equal(0, _temp.Index.GetStats().Passages);
        var report = await _temp.SyncAsync();
        Assert.Equal(2, report.Added);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncate")]
    public async Task CorruptSegmentsFileIsRebuiltNotThrown(string damage)
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        _temp.Reopen(folder =>
        {
            var segments = System.IO.Directory.GetFiles(folder, "segments_*").Single();
            if (damage == "garbage")
            {
                File.WriteAllBytes(segments, [.. Enumerable.Range(0, 200).Select(i => (byte)(i * 37))]);
            }
            else
            {
                using var stream = new FileStream(segments, FileMode.Open);
                stream.SetLength(stream.Length / 2);
            }
        });

        Assert.Equal(IndexOpenOutcome.Rebuilt, _temp.Index.OpenOutcome);
        Assert.StartsWith("unreadable", _temp.Index.OpenReason, StringComparison.Ordinal);
        Assert.Empty(_temp.Searcher.Search(new SearchRequest { Q = "Døgndiamanten" }).Hits);
        await _temp.SyncAsync();
        Assert.NotEmpty(_temp.Searcher.Search(new SearchRequest { Q = "Døgndiamanten" }).Hits);
    }

    [Fact]
    public async Task DeletedSegmentDataIsRebuiltNotThrown()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        _temp.Reopen(folder =>
        {
            foreach (var file in System.IO.Directory.GetFiles(folder, "_*"))
            {
                File.Delete(file);
            }
        });

        Assert.Equal(IndexOpenOutcome.Rebuilt, _temp.Index.OpenOutcome);
    }

    [Fact]
    public async Task StaleWriteLockFromAKilledRunDoesNotBlockTheNextRun()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        _temp.Reopen(folder => File.WriteAllText(Path.Combine(folder, "write.lock"), "left by a killed process"));

        Assert.Equal(IndexOpenOutcome.Opened, _temp.Index.OpenOutcome);
        _temp.Write("002_extra.txt", SampleMinutes.Network2024.Replace("Døgndiamanten", "Solsikken"));
        var report = await _temp.SyncAsync();
        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task ASecondOpenOfTheSameFolderServesTheLastCommitAndRefusesToWriteWithAClearMessage()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        using var second = _temp.Open();
        var error = await Assert.ThrowsAsync<IndexWriteException>(() => second.SyncAsync(SourceFolders.Scan([_temp.MinutesFolder], [".txt"]), _temp.Parser.ParseAsync, null, CancellationToken.None));

        Assert.True(second.IsReadOnly);
        Assert.Equal(_temp.Index.GetStats().Documents, second.GetStats().Documents);
        Assert.Contains("another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASyncWhoseUnfinishedSegmentFilesVanishRollsBackSaysSoAndCompletes()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        for (var copy = 1; copy <= 3; copy++)
        {
            _temp.Write($"copy{copy}_{SampleMinutes.Network2024File}", SampleMinutes.Network2024);
            _temp.Write($"copy{copy}_{SampleMinutes.SteeringGroup2020File}", SampleMinutes.SteeringGroup2020);
        }

        await _temp.SyncAsync();
        var committed = System.IO.Directory.GetFiles(_temp.IndexFolder).Select(Path.GetFileName).ToHashSet();
        var sources = System.IO.Directory.GetFiles(_temp.MinutesFolder);
        foreach (var file in sources)
        {
            File.AppendAllText(file, "\nKontrolord solsikkefrø\n");
        }

        var calls = 0;
        var report = await _temp.Index.SyncAsync(
            SourceFolders.Scan([_temp.MinutesFolder], [".txt"]),
            async (path, ct) =>
            {
                var parsed = await _temp.Parser.ParseAsync(path, ct);
                if (Interlocked.Increment(ref calls) == sources.Length - 1)
                {
                    // What a second writer's cleanup did in issue 12: the files of segments not yet
                    // committed are deleted under the running writer.
                    foreach (var file in System.IO.Directory.GetFiles(_temp.IndexFolder, "_*").Where(f => !committed.Contains(Path.GetFileName(f))))
                    {
                        File.Delete(file);
                    }
                }

                return parsed;
            },
            null,
            CancellationToken.None);

        Assert.Contains("rolled back to the last commit", Assert.Single(report.Repairs), StringComparison.Ordinal);
        Assert.Equal(sources.Length, report.Changed);
        Assert.Equal(sources.Length, _temp.Searcher.Search(new SearchRequest { Q = "solsikkefrø", Limit = 50 }).Hits.Select(h => h.Source.File).Distinct().Count());
    }

    [Fact]
    public async Task AnIndexOpenedWhileAnotherWroteItTakesTheFolderOverOnceTheOtherHasClosed()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        using var second = _temp.Open();
        Assert.True(second.IsReadOnly);

        _temp.Index.Dispose();
        _temp.Write("002_extra.txt", SampleMinutes.Network2024.Replace("Døgndiamanten", "Solsikken"));
        var report = await second.SyncAsync(SourceFolders.Scan([_temp.MinutesFolder], [".txt"]), _temp.Parser.ParseAsync, null, CancellationToken.None);

        Assert.False(second.IsReadOnly);
        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task KilledSyncLeavesTheLastCommitUsable()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        _temp.Write("002_extra.txt", SampleMinutes.Network2024.Replace("Døgndiamanten", "Solsikken"));
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _temp.Index.SyncAsync(
            SourceFolders.Scan([_temp.MinutesFolder], [".txt"]),
            async (path, ct) =>
            {
                await cancel.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return await _temp.Parser.ParseAsync(path, ct);
            },
            null,
            cancel.Token));
        _temp.Reopen();

        Assert.Equal(IndexOpenOutcome.Opened, _temp.Index.OpenOutcome);
        Assert.Equal(2, _temp.Index.GetStats().Documents);
    }

    [Fact]
    public async Task SearchesKeepWorkingWhileASyncRuns()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        _temp.Write("002_extra.txt", SampleMinutes.Network2024.Replace("Døgndiamanten", "Solsikken"));
        var parsing = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        var sync = _temp.Index.SyncAsync(
            SourceFolders.Scan([_temp.MinutesFolder], [".txt"]),
            async (path, ct) =>
            {
                parsing.TrySetResult();
                await release.Task.WaitAsync(ct);
                return await _temp.Parser.ParseAsync(path, ct);
            },
            null,
            CancellationToken.None);
        await parsing.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var during = _temp.Searcher.Search(new SearchRequest { Q = "Døgndiamanten" });
        release.SetResult();
        var report = await sync;
        var after = _temp.Searcher.Search(new SearchRequest { Q = "Solsikken" });

        Assert.NotEmpty(during.Hits);
        Assert.Equal(1, report.Added);
        Assert.NotEmpty(after.Hits);
    }
}
