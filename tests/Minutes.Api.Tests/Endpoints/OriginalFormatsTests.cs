using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

/// <summary>HTML and Windows-1252 originals, dropped into the watched source folder, served readably.</summary>
[Collection(SourcesApi.Collection)]
public sealed class OriginalFormatsTests(SourcesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task HtmlOriginalComesAsTextWithoutItsMarkup()
    {
        var id = await AddAsync("formats/referat-2023-09-29.html", "original-referat.html");

        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/text");

        Assert.Equal("html", json.GetProperty("format").GetString());
        var text = string.Join("\n", json.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.Contains("Netværksgruppe Børn og Unge", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        var file = await _client.GetAsync($"/api/documents/{id}/file");
        Assert.Equal("text/html", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", file.Content.Headers.ContentType?.CharSet);
        Assert.Equal("sandbox", file.Headers.GetValues("Content-Security-Policy").Single());
        File.Delete(Path.Combine(api.SourcesFolder, "original-referat.html"));
    }

    [Fact]
    public async Task Windows1252TextIsServedAsWindows1252()
    {
        var id = await AddAsync("formats/referat-2023-03-03-cp1252.txt", "original-cp1252.txt");

        var file = await _client.GetAsync($"/api/documents/{id}/file");

        Assert.Equal("windows-1252", file.Content.Headers.ContentType?.CharSet);
        File.Delete(Path.Combine(api.SourcesFolder, "original-cp1252.txt"));
    }

    /// <summary>Copies a fixture into the watched folder and waits for its meeting; returns the meeting id.</summary>
    private async Task<string> AddAsync(string fixture, string name)
    {
        File.Copy(Fixtures.File(fixture), Path.Combine(api.SourcesFolder, name), overwrite: true);
        string? id = null;
        await Poll.UntilAsync(async () =>
        {
            var list = await _client.GetFromJsonAsync<JsonElement>("/api/meetings?limit=1000");
            id = list.GetProperty("meetings").EnumerateArray()
                .Where(m => m.GetProperty("file").GetString() == name)
                .Select(m => m.GetProperty("id").GetString())
                .FirstOrDefault();
            return id is not null;
        }, $"{name} to be indexed");
        return id!;
    }
}
