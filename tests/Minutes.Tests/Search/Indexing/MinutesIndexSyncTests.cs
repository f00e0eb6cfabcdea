using System.Diagnostics;
using Minutes.Core;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Indexing;

public sealed class MinutesIndexSyncTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FirstSyncAddsEveryFile()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);

        var report = await _temp.SyncAsync();

        Assert.Equal(2, report.Added);
        Assert.Equal(0, report.Changed + report.Removed + report.Unchanged);
        Assert.Empty(report.Failed);
        var stats = _temp.Index.GetStats();
        Assert.Equal(2, stats.Documents);
        Assert.Equal(2, stats.Meetings);
        Assert.NotNull(stats.LastCommit);
    }

    [Fact]
    public async Task ResyncOfAnUnchangedFolderParsesNothing()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        var parsedBefore = _temp.Parser.Calls;

        var clock = Stopwatch.StartNew();
        var report = await _temp.SyncAsync();

        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, report.Unchanged);
        Assert.Equal(0, report.Added + report.Changed + report.Removed);
        Assert.Equal(parsedBefore, _temp.Parser.Calls);
    }

    [Fact]
    public async Task TouchedButIdenticalFileIsUnchangedAndNotParsed()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        var path = Path.Combine(_temp.MinutesFolder, SampleMinutes.Network2024File);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(5));
        var parsedBefore = _temp.Parser.Calls;

        var report = await _temp.SyncAsync();

        Assert.Equal(2, report.Unchanged);
        Assert.Equal(parsedBefore, _temp.Parser.Calls);
        Assert.Equal(2, _temp.Index.GetStats().Documents);
    }

    [Fact]
    public async Task StoredMeetingIsTheParsedMeetingJsonAlsoAfterATouch()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        var path = Path.Combine(_temp.MinutesFolder, SampleMinutes.Network2024File);
        var meeting = (await _temp.Parser.ParseAsync(path, CancellationToken.None)).Meeting!;
        var expected = MeetingJson.Serialize(meeting);

        var stored = _temp.Index.GetMeeting(meeting.Id);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(5));
        await _temp.SyncAsync();
        var touched = _temp.Index.GetMeeting(meeting.Id);

        Assert.Equal(expected, stored?.Json);
        Assert.Equal(expected, touched?.Json);
        Assert.Contains("Døgndiamanten", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedFileIsFullyReplaced()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        _temp.Write(SampleMinutes.Network2024File, SampleMinutes.Network2024.Replace("Døgndiamanten", "Solsikken"));

        var report = await _temp.SyncAsync();

        Assert.Equal(1, report.Changed);
        Assert.Equal(1, report.Unchanged);
        var searcher = _temp.Searcher;
        Assert.DoesNotContain(searcher.Search(new SearchRequest { Q = "\"Døgndiamanten\"" }).Hits, h => h.Text.Contains("Døgndiamanten", StringComparison.Ordinal));
        Assert.NotEmpty(searcher.Search(new SearchRequest { Q = "Solsikken" }).Hits);
        Assert.Equal(2, _temp.Index.ListMeetings().Count);
    }

    [Fact]
    public async Task FileGoneFromDiskIsRemovedWithItsPassages()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        File.Delete(Path.Combine(_temp.MinutesFolder, SampleMinutes.SteeringGroup2020File));

        var report = await _temp.SyncAsync();

        Assert.Equal(1, report.Removed);
        Assert.Empty(_temp.Searcher.Search(new SearchRequest { Q = "suppleant" }).Hits);
        Assert.Single(_temp.Index.ListMeetings());
    }

    [Fact]
    public async Task FailingParseKeepsThePassagesIndexedBefore()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        _temp.Write(SampleMinutes.Network2024File, "THROW: the new version is broken");
        _temp.Write("002_new.txt", "FAIL");

        var report = await _temp.SyncAsync();

        Assert.Equal(2, report.Failed.Count);
        Assert.Contains(report.Failed, f => f.File.EndsWith(SampleMinutes.Network2024File, StringComparison.Ordinal) && f.Reason.Contains("throw", StringComparison.Ordinal));
        Assert.Contains(report.Failed, f => f.File.EndsWith("002_new.txt", StringComparison.Ordinal) && f.Reason.Contains("unreadable", StringComparison.Ordinal));
        var hits = _temp.Searcher.Search(new SearchRequest { Q = "Døgndiamanten" }).Hits;
        Assert.Contains(hits, h => h.Source.File == SampleMinutes.Network2024File);
    }

    [Fact]
    public async Task MissingFolderIsReportedAndKeepsItsFiles()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();

        Directory.Move(_temp.MinutesFolder, _temp.MinutesFolder + ".unmounted");

        var report = await _temp.SyncAsync();

        Assert.Single(report.Failed);
        Assert.Equal(0, report.Removed);
        Assert.Equal(2, _temp.Index.GetStats().Documents);
    }

    [Fact]
    public async Task UnsupportedExtensionsAreIgnored()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        _temp.Write("notes.md", SampleMinutes.Network2024);

        var report = await _temp.SyncAsync();

        Assert.Equal(2, report.Added);
    }

    [Fact]
    public async Task MeetingPassagesComeBackInReadingOrder()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        var meeting = _temp.Index.ListMeetings().Single(m => m.File == SampleMinutes.Network2024File);

        var passages = _temp.Index.GetMeetingPassages(meeting.Id);

        Assert.Equal(new DateOnly(2024, 6, 14), meeting.Date);
        Assert.Equal(4, meeting.ItemCount);
        Assert.Equal(PassageKinds.Meeting, passages[0].Kind);
        Assert.Equal("1", passages[1].Item?.Number);
        Assert.Equal(PassageKinds.Decision, passages[^1].Kind);
        Assert.Contains("Netværket bakkede generelt op", passages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressGivesTheTotalFirstThenEachFile()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        var seen = new List<SyncProgress>();

        await _temp.Index.SyncAsync(SourceFolders.Scan([_temp.MinutesFolder], [".txt"]), _temp.Parser.ParseAsync, new SynchronousProgress(seen.Add), CancellationToken.None);

        Assert.Equal(3, seen.Count);
        Assert.Equal(new SyncProgress(0, 2, "", SyncProgress.Started), seen[0]);
        Assert.All(seen.Skip(1), p => Assert.Equal("added", p.Outcome));
        Assert.All(seen, p => Assert.Equal(2, p.Total));
        Assert.Equal(2, seen[^1].Done);
    }

    private sealed class SynchronousProgress(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}
