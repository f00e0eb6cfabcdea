using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

/// <summary>The API without keys and with a tight question limit.</summary>
[Collection(LockedDownApi.Collection)]
public sealed class LockedDownTests(LockedDownApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/admin/reindex")]
    public async Task WriteEndpointsAreOffWithoutConfiguredKeysAndSaySo(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new MultipartFormDataContent() };
        request.Headers.Add("X-Api-Key", "any-key");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Api:Keys", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AskOverTheLimitGives429WithRetryAfterWhileSearchGoesOn()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 3; i++)
        {
            var response = await _client.GetAsync("/api/ask?q=skole");
            statuses.Add(response.StatusCode);
            limited = response;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.True(int.Parse(limited!.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/search?q=skole")).StatusCode);
    }

    [Fact]
    public async Task EmptyFolderIsReadyWithNothingIndexed()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ready", health.GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("documents").GetInt32());
        var search = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=skole");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }
}
