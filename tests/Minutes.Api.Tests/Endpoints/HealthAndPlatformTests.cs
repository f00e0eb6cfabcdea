using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

/// <summary>/health, OpenAPI, CORS, API keys, error pages and logs on the samples API.</summary>
[Collection(SamplesApi.Collection)]
public sealed class HealthAndPlatformTests(SamplesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task HealthIsReadyWithCountsAgeAndLlmState()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ready", json.GetProperty("status").GetString());
        Assert.Equal(5, json.GetProperty("documents").GetInt32());
        Assert.Equal(5, json.GetProperty("meetings").GetInt32());
        Assert.True(json.GetProperty("passages").GetInt32() > 5);
        var age = json.GetProperty("indexAgeSeconds").GetInt64();
        var sinceCommit = (DateTimeOffset.UtcNow - json.GetProperty("indexedAt").GetDateTimeOffset()).TotalSeconds;
        Assert.InRange(age, sinceCommit - 5, sinceCommit);
        Assert.False(json.GetProperty("llmConfigured").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("progress").ValueKind);
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
    }

    [Fact]
    public async Task OpenApiDocumentListsEveryEndpoint()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/health", "/api/search", "/api/ask", "/api/decisions", "/api/meetings", "/api/meetings/{id}", "/api/items/{id}", "/api/documents/{id}/file", "/api/documents", "/api/admin/reindex" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }
    }

    [Fact]
    public async Task CorsAllowsTheConfiguredOriginOnly()
    {
        var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=skole");
        allowed.Headers.Add("Origin", ApiFactory.AllowedOrigin);
        var other = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=skole");
        other.Headers.Add("Origin", "https://evil.example.com");

        var allowedResponse = await _client.SendAsync(allowed);
        var otherResponse = await _client.SendAsync(other);

        Assert.Equal(ApiFactory.AllowedOrigin, allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task CorsPreflightForAskIsAnsweredForTheConfiguredOrigin()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/ask");
        preflight.Headers.Add("Origin", ApiFactory.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await _client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ApiFactory.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(ApiFactory.Key, HttpStatusCode.OK)]
    public async Task ReindexNeedsTheRightApiKey(string? key, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(5, json.GetProperty("sync").GetProperty("unchanged").GetInt32());
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task UnknownRouteGives404Problem()
    {
        var response = await _client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LogsNeverHoldTheApiKeyOrACprNumber()
    {
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        wrong.Headers.Add("X-Api-Key", "leaked-key-123456");
        await _client.SendAsync(wrong);
        var right = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        right.Headers.Add("X-Api-Key", ApiFactory.Key);
        await _client.SendAsync(right);
        await _client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("hvad med 010203-1234 og Døgndiamanten"));
        await _client.GetAsync("/api/search?q=0102031234");

        var logs = api.Logs.Lines;
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, l => l.Contains("leaked-key-123456") || l.Contains(ApiFactory.Key));
        Assert.DoesNotContain(logs, l => l.Contains("010203-1234") || l.Contains("0102031234"));
    }
}
