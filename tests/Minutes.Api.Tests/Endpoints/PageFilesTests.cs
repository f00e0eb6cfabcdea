using System.Net;

namespace Minutes.Api.Tests.Endpoints;

/// <summary>The search page is served by the API itself: static files from wwwroot, no build step, nothing from a CDN.</summary>
[Collection(SamplesApi.Collection)]
public sealed class PageFilesTests(SamplesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task RootServesTheDanishSearchPage()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"app.js\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/search.js", "text/javascript")]
    [InlineData("/meeting.js", "text/javascript")]
    public async Task PageAssetsAreServedLocally(string path, string mediaType)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PageLoadsNothingFromOtherHosts()
    {
        var wwwroot = Path.Combine(Minutes.Core.ContentRoot.Path, "src", "Minutes.Api", "wwwroot");
        foreach (var file in Directory.EnumerateFiles(wwwroot, "*.*").Where(f => f.EndsWith(".html") || f.EndsWith(".js") || f.EndsWith(".css")))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotMatch(@"(import|from)\s*[""'](https?:)?//", text);
            Assert.DoesNotContain("@import url(http", text, StringComparison.Ordinal);
        }
    }
}
