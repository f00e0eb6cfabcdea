using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Minutes.Api.Tests.Indexing;

/// <summary>The folder watcher: files added, changed, deleted and half-written while the API runs.</summary>
[Collection(SourcesApi.Collection)]
public sealed class SourceWatchingTests(SourcesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task FileCopiedIntoTheFolderIsIndexedAndDeletedFileIsDropped()
    {
        var path = Path.Combine(api.SourcesFolder, "watched-referat.docx");
        File.Copy(Fixtures.File("formats/referat-2023-09-29.docx"), path);

        var id = await WaitForMeetingAsync("watched-referat.docx");
        File.Delete(path);

        await Poll.UntilAsync(async () => await MeetingIdAsync("watched-referat.docx") is null, "the deleted file to leave the index");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync($"/api/meetings/{id}")).StatusCode);
    }

    [Fact]
    public async Task ChangedFileIsIndexedAgain()
    {
        var path = Path.Combine(api.SourcesFolder, "watched-changed.txt");
        var text = await File.ReadAllTextAsync(Fixtures.Sample("001"));
        await File.WriteAllTextAsync(path, text);
        await WaitForMeetingAsync("watched-changed.txt");

        await File.WriteAllTextAsync(path, text.Replace("Døgndiamanten", "Zylofonhuset"));

        await Poll.UntilAsync(
            async () => (await _client.GetFromJsonAsync<JsonElement>("/api/search?q=Zylofonhuset")).GetProperty("total").GetInt32() > 0,
            "the changed text to be searchable");
        File.Delete(path);
        await Poll.UntilAsync(async () => await MeetingIdAsync("watched-changed.txt") is null, "the file to leave the index");
    }

    [Fact]
    public async Task LockedHalfWrittenFileWaitsAndIsIndexedWhenDone()
    {
        var path = Path.Combine(api.SourcesFolder, "watched-halfway.txt");
        var bytes = Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(Fixtures.Sample("004")));
        var reportedBroken = false;
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await writer.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await writer.FlushAsync();

            await Poll.UntilAsync(async () =>
            {
                var health = await _client.GetFromJsonAsync<Minutes.Api.Endpoints.HealthResponse>("/health");
                reportedBroken |= health!.Failed.Any(f => f.File == "watched-halfway.txt");
                return health.Waiting.Contains("watched-halfway.txt");
            }, "the locked file to be reported as waiting");

            await writer.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        await WaitForMeetingAsync("watched-halfway.txt");
        var after = await _client.GetFromJsonAsync<Minutes.Api.Endpoints.HealthResponse>("/health");
        Assert.False(reportedBroken);
        Assert.DoesNotContain(after!.Failed, f => f.File == "watched-halfway.txt");
        File.Delete(path);
        await Poll.UntilAsync(async () => await MeetingIdAsync("watched-halfway.txt") is null, "the file to leave the index");
    }

    [Fact]
    public async Task FilesReachedThroughLinksOutOfTheSourceFoldersAreNeitherIndexedNorServed()
    {
        var outside = Path.Combine(api.Root, "outside");
        Directory.CreateDirectory(outside);
        var text = await File.ReadAllTextAsync(Fixtures.Sample("001"));
        var outsideFile = Path.Combine(outside, "outside-referat.txt");
        await File.WriteAllTextAsync(outsideFile, text);
        Directory.CreateSymbolicLink(Path.Combine(api.SourcesFolder, "linked-outside"), outside);
        File.CreateSymbolicLink(Path.Combine(api.SourcesFolder, "passwd-link.txt"), "/etc/passwd");
        var served = Path.Combine(api.SourcesFolder, "served-then-linked.txt");
        await File.WriteAllTextAsync(served, text);
        var id = await WaitForMeetingAsync("served-then-linked.txt");

        Assert.Null(await MeetingIdAsync("outside-referat.txt"));
        Assert.Null(await MeetingIdAsync("passwd-link.txt"));
        var health = await _client.GetFromJsonAsync<Minutes.Api.Endpoints.HealthResponse>("/health");
        Assert.DoesNotContain(health!.Failed, f => f.File.Contains("passwd", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _client.GetAsync($"/api/documents/{id}/file")).StatusCode);

        // The indexed file becomes a link to a file outside: it is not served (and leaves the index).
        File.Delete(served);
        File.CreateSymbolicLink(served, outsideFile);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync($"/api/documents/{id}/file")).StatusCode);
        await Poll.UntilAsync(async () => await MeetingIdAsync("served-then-linked.txt") is null, "the linked file to leave the index");
        File.Delete(served);
        File.Delete(Path.Combine(api.SourcesFolder, "passwd-link.txt"));
        Directory.Delete(Path.Combine(api.SourcesFolder, "linked-outside"));
    }

    private async Task<string> WaitForMeetingAsync(string file)
    {
        string? id = null;
        await Poll.UntilAsync(async () => (id = await MeetingIdAsync(file)) is not null, $"{file} to be indexed");
        return id!;
    }

    private async Task<string?> MeetingIdAsync(string file)
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/meetings?limit=1000");
        return json.GetProperty("meetings").EnumerateArray()
            .Where(m => m.GetProperty("file").GetString() == file)
            .Select(m => m.GetProperty("id").GetString())
            .FirstOrDefault();
    }
}
