using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Core;
using Minutes.Ingestion;

namespace Minutes.Api.Tests.Endpoints;

[Collection(SamplesApi.Collection)]
public sealed class MeetingEndpointsTests(SamplesApi api)
{
    private const string JuneMeeting = "001-fc05f7ce724914ac-f06061";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ListHasEverySampleMeetingNewestFirstWithItemCounts()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/meetings");

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        var meetings = json.GetProperty("meetings").EnumerateArray().ToList();
        Assert.Equal(5, meetings.Count);
        Assert.All(meetings, m => Assert.True(m.GetProperty("itemCount").GetInt32() > 0));
        var dates = meetings.Select(m => m.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Contains(meetings, m => m.GetProperty("id").GetString() == JuneMeeting && m.GetProperty("itemCount").GetInt32() == 9);
    }

    [Fact]
    public async Task ListFiltersByBodyAndPeriod()
    {
        var body = Uri.EscapeDataString("Netværksgruppe Børn og Unge");
        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/meetings?body={body}&from=2024-01-01&to=2024-12-31");

        var meeting = Assert.Single(json.GetProperty("meetings").EnumerateArray());
        Assert.Equal(JuneMeeting, meeting.GetProperty("id").GetString());
    }

    [Fact]
    public async Task MeetingIsTheParseJsonPlusNeighboursAndFileUrl()
    {
        var served = (await _client.GetFromJsonAsync<JsonObject>($"/api/meetings/{JuneMeeting}"))!;
        var parsed = await api.Services.GetRequiredService<IngestionPipeline>()
            .ParseFileAsync(Path.Combine(api.SourcesFolder, "001_fc05f7ce724914ac.txt"), CancellationToken.None);
        var expected = JsonNode.Parse(MeetingJson.Serialize(parsed.Meeting!))!.AsObject();

        foreach (var (key, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, served[key]), $"{key} differs from minutes parse --json");
        }

        Assert.Equal("2023-09-29", served["previous"]!["date"]!.GetValue<string>());
        Assert.Null(served["next"]);
        Assert.Equal($"/api/documents/{JuneMeeting}/file", served["fileUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task ItemHasItsDecisionsMeetingAndCitation()
    {
        var item = await _client.GetFromJsonAsync<JsonElement>($"/api/items/{JuneMeeting}-6");

        Assert.Equal("6.", item.GetProperty("number").GetString());
        Assert.Contains("Døgndiamanten", item.GetProperty("title").GetString());
        Assert.Contains(item.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("text").GetString()!.Contains("Næstved"));
        Assert.Equal(JuneMeeting, item.GetProperty("meeting").GetProperty("id").GetString());
        Assert.Equal("2024-06-14", item.GetProperty("meeting").GetProperty("date").GetString());
        Assert.Equal("001_fc05f7ce724914ac.txt", item.GetProperty("source").GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("/api/meetings/no-such-meeting")]
    [InlineData("/api/items/no-such-item")]
    [InlineData("/api/documents/no-such-meeting/file")]
    [InlineData("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd/file")]
    public async Task UnknownIdGives404Problem(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/meetings?from=2024-1-1", "from")]
    [InlineData("/api/meetings?limit=0", "limit")]
    [InlineData("/api/meetings?limit=1001", "limit")]
    public async Task BadListParametersGive400NamingThem(string url, string parameter)
    {
        await AskEndpointsTests.AssertProblemNamesAsync(await _client.GetAsync(url), parameter);
    }

    [Fact]
    public async Task DocumentFileIsTheOriginalWithItsContentType()
    {
        var response = await _client.GetAsync($"/api/documents/{JuneMeeting}/file");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(
            await File.ReadAllBytesAsync(Fixtures.Sample("001")),
            await response.Content.ReadAsByteArrayAsync());
    }
}
