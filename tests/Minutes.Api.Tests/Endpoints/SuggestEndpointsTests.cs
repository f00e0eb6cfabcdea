using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

[Collection(SamplesApi.Collection)]
public sealed class SuggestEndpointsTests(SamplesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task PartialWordIsCompletedFromTheSampleMinutes()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/suggest?q=hvad%20om%20d%C3%B8gnd");

        Assert.Equal("hvad om døgnd", json.GetProperty("query").GetString());
        var suggestions = json.GetProperty("suggestions").EnumerateArray().ToList();
        var word = Assert.Single(suggestions, s => s.GetProperty("kind").GetString() == "term" && s.GetProperty("text").GetString() == "Døgndiamanten");
        Assert.Equal("hvad om Døgndiamanten", word.GetProperty("query").GetString());
        Assert.Contains(suggestions, s => s.GetProperty("kind").GetString() == "title"
            && s.GetProperty("text").GetString() == "Drøfte fremtidig målgruppe for døgninstitutionen Døgndiamanten"
            && s.GetProperty("detail").GetString() == "Netværksgruppe Børn og Unge, 14. juni 2024");
    }

    [Fact]
    public async Task CprNumberInTheQueryIsMaskedInTheEcho()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/suggest?q=010190-1234");

        Assert.Equal("[CPR]", json.GetProperty("query").GetString());
        Assert.DoesNotContain("010190", json.ToString());
    }

    [Fact]
    public async Task LimitCapsTheSuggestions()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/suggest?q=s%C3%A6&limit=2");

        Assert.InRange(json.GetProperty("suggestions").GetArrayLength(), 1, 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=d")]
    public async Task TooLittleTypedGivesAnEmptyListNotAnError(string query)
    {
        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/suggest{query}");

        Assert.Equal(0, json.GetProperty("suggestions").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=21", "limit")]
    public async Task BadLimitIsA400NamingIt(string parameter, string name)
    {
        var response = await _client.GetAsync($"/api/suggest?q=d%C3%B8gn&{parameter}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _));
    }

    [Fact]
    public async Task OverlongTextIsA400()
    {
        var response = await _client.GetAsync($"/api/suggest?q={new string('a', 501)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
