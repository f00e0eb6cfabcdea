using Minutes.Search.Querying;
using Minutes.Tests.Search;

namespace Minutes.Tests.Ingestion.Readers.FirstAgenda;

/// <summary>FirstAgenda meetings through the real pipeline into the index and back out of search and the stored meeting.</summary>
[Trait("Category", "Readers")]
public sealed class FirstAgendaIndexingTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>, IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task IndexFixturesAsync()
    {
        foreach (var file in Directory.GetFiles(Fixtures.File("formats/firstagenda"), "*.json"))
        {
            File.Copy(file, Path.Combine(_temp.MinutesFolder, Path.GetFileName(file)));
        }

        var report = await _temp.Index.SyncAsync(ingestion.Pipeline.Scan([_temp.MinutesFolder]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        Assert.Equal(3, report.Added);
        Assert.Empty(report.Failed);
    }

    [Fact]
    public async Task FolderSyncPicksUpJsonFeedsAndSearchFindsTheirItems()
    {
        await IndexFixturesAsync();

        var hits = _temp.Searcher.Search(new SearchRequest { Q = "fælles fondsansøgning Strandparken" }).Hits;

        var hit = hits.First();
        Assert.Equal("klima-teknik-og-miljoeudvalget_2024-04-17_046f602f.json", hit.Source.File);
        Assert.Equal("Strandparken I/S - Fælles fondsansøgning til udvikling", hit.Item?.Title);
    }

    [Fact]
    public async Task AttachmentNamesAreSearchable()
    {
        await IndexFixturesAsync();

        var hits = _temp.Searcher.Search(new SearchRequest { Q = "Spørgsmål svar" }).Hits;

        Assert.Contains(hits, h => h.Source.File == "spoergsmaal-svar-til-byraadet-2022-2025_2022-01-01_5034dee3.json" && h.Kind == "item");
    }

    [Fact]
    public async Task StoredMeetingKeepsCaseNumbersClosedItemsAndAttachments()
    {
        await IndexFixturesAsync();
        var meetingId = _temp.Searcher.Search(new SearchRequest { Q = "Tune Plejecenter" }).Hits.First().Meeting.Id;

        var json = _temp.Index.GetMeeting(meetingId)!.Json;

        Assert.Contains("\"caseNumber\":\"24-008513\"", json);
        Assert.Contains("\"closed\":true", json);
        Assert.Contains("\"format\":\"firstagenda\"", json);
    }
}
