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
    public void SecondOwnerOfTheSameFolderIsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _temp.Open());

        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KilledSyncLeavesTheLastCommitUsable()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        _temp.Write("002_extra.txt", SampleMinutes.Network2024.Replace("Døgndiamanten", "Solsikken"));
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _temp.Index.SyncAsync(
            [_temp.MinutesFolder],
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
            [_temp.MinutesFolder],
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
