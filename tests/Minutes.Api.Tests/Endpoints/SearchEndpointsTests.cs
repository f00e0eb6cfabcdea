using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

[Collection(SamplesApi.Collection)]
public sealed class SearchEndpointsTests(SamplesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task SearchForDoegndiamantenFindsTheJuneDecisionWithCitation()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=hvad%20blev%20besluttet%20om%20D%C3%B8gndiamanten");

        Assert.Equal("hvad blev besluttet om Døgndiamanten", json.GetProperty("query").GetString());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var top = json.GetProperty("hits")[0];
        // One hit per agenda item: the decision passage is the hit itself or one of its item's other places.
        Assert.Contains(json.GetProperty("hits").EnumerateArray().Take(3), h => h.GetProperty("kind").GetString() == "decision"
            || h.GetProperty("otherPlaces").EnumerateArray().Any(p => p.GetProperty("kind").GetString() == "decision"));
        Assert.Equal("2024-06-14", top.GetProperty("meeting").GetProperty("date").GetString());
        Assert.Equal("6.", top.GetProperty("item").GetProperty("number").GetString());
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("<mark>Døgndiamanten</mark>"));
        Assert.EndsWith(".txt", top.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(1, top.GetProperty("source").GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task SearchResponseHasTheDocumentedCamelCaseShape()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=Døgndiamanten&limit=2");

        foreach (var name in new[] { "query", "interpretedAs", "total", "tookMs", "hits", "facets", "didYouMean" })
        {
            Assert.True(json.TryGetProperty(name, out _), $"missing {name}");
        }

        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "score", "kind", "text", "snippet", "meeting", "item", "source" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"hit is missing {name}");
        }

        foreach (var name in new[] { "id", "title", "body", "date" })
        {
            Assert.True(hit.GetProperty("meeting").TryGetProperty(name, out _), $"meeting is missing {name}");
        }

        foreach (var name in new[] { "body", "year", "kind" })
        {
            Assert.Equal(JsonValueKind.Object, json.GetProperty("facets").GetProperty(name).ValueKind);
        }

        Assert.True(json.GetProperty("hits").GetArrayLength() <= 2);
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=skole&limit=101", "limit")]
    [InlineData("/api/search?q=skole&limit=ti", "limit")]
    [InlineData("/api/search?q=skole&offset=-1", "offset")]
    [InlineData("/api/search?q=skole&from=14-06-2024", "from")]
    [InlineData("/api/search?q=skole&to=2024-13-01", "to")]
    [InlineData("/api/search?q=skole&from=2024-06-14&to=2024-01-01", "to")]
    [InlineData("/api/search?q=skole&kind=referat", "kind")]
    public async Task BadParameterGives400ProblemNamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors do not name {parameter}: {problem}");
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task QueryOver500CharactersGives400NamingQ()
    {
        var response = await _client.GetAsync("/api/search?q=" + new string('a', 501));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("500", problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task FiltersNarrowTheHits()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=Døgndiamanten&limit=100");
        var decisions = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=Døgndiamanten&kind=decision&from=2024-01-01&to=2024-12-31&limit=100");

        Assert.True(decisions.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        foreach (var hit in decisions.GetProperty("hits").EnumerateArray())
        {
            Assert.Equal("decision", hit.GetProperty("kind").GetString());
            Assert.StartsWith("2024-", hit.GetProperty("meeting").GetProperty("date").GetString());
        }
    }
}
