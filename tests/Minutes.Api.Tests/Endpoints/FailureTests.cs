using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Minutes.Api.Tests.Endpoints;

public sealed class FailureTests
{
    [Fact]
    public async Task UnexpectedErrorIsA500ProblemWithoutStackTrace()
    {
        await using var api = new ThrowingApi();
        using var client = api.CreateClient();

        var response = await client.GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret detail", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
        Assert.Equal(500, JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ConfiguredUploadFolderIsCreatedAndIndexed()
    {
        await using var api = new UploadFolderApi();
        await api.InitializeAsync();
        using var client = api.CreateClient();

        Assert.True(Directory.Exists(api.UploadFolder));
        File.Copy(Fixtures.Sample("000"), Path.Combine(api.UploadFolder, "i-upload-mappen.txt"));

        await Poll.UntilAsync(async () =>
            (await client.GetFromJsonAsync<JsonElement>("/api/meetings")).GetProperty("meetings").EnumerateArray()
                .Any(m => m.GetProperty("file").GetString() == "i-upload-mappen.txt"),
            "the file in the upload folder to be indexed");
    }

    /// <summary>Adds a route that throws, behind the app's own error handling (unmatched requests fall through to it).</summary>
    private sealed class ThrowingApi : ApiFactory
    {
        protected override bool WithSamples => false;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter>(new ThrowingRoute());
    }

    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/throw", branch => branch.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }

    private sealed class UploadFolderApi : ApiFactory
    {
        public string UploadFolder => Path.Combine(Root, "uploads");

        protected override bool WithSamples => false;

        protected override void Configure(Dictionary<string, string?> settings) => settings["Api:UploadFolder"] = UploadFolder;
    }
}
