using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

/// <summary>
/// Hybrid retrieval configured against an embedding server that is down (a loopback port nobody
/// listens on): indexing, search and answers go on lexically, never a 500.
/// </summary>
public sealed class EmbeddingServerDownTests
{
    [Fact]
    public async Task SearchAndAskAnswerLexicallyWhenTheEmbeddingServerIsDown()
    {
        await using var api = new EmbeddingsDownApi();
        await api.InitializeAsync();
        using var client = api.CreateClient();

        var search = await client.GetAsync("/api/search?q=D%C3%B8gndiamanten");
        var ask = await client.PostAsJsonAsync("/api/ask", new { question = "hvad blev besluttet om Døgndiamanten" });

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.NotEqual(0, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hits").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Døgndiamanten", await ask.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class EmbeddingsDownApi : ApiFactory
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            settings["Embeddings:Endpoint"] = $"http://127.0.0.1:{port}/v1";
            settings["Embeddings:Model"] = "down";
        }
    }
}
