using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Indexing;

public sealed class HealthTransitionTests
{
    [Fact]
    public async Task HealthSaysIndexingWithProgressThenReadyWhileSearchAnswersThroughout()
    {
        await using var api = new GatedApi();
        await ((IAsyncLifetime)api).InitializeAsync();
        using var client = api.CreateClient();

        var indexing = await ApiFactory.WaitForHealthAsync(client, h => h.Status == "indexing" && h.Progress?.Total == 5);
        var searchMeanwhile = await client.GetAsync("/api/search?q=Døgndiamanten");
        api.Release();
        var ready = await ApiFactory.WaitForHealthAsync(client, h => h.Status == "ready");

        Assert.Equal(0, indexing.Documents);
        Assert.True(indexing.Progress!.Done < 5);
        Assert.Equal(System.Net.HttpStatusCode.OK, searchMeanwhile.StatusCode);
        Assert.Null(ready.Progress);
        Assert.Equal(5, ready.Documents);
        Assert.Equal(5, ready.LastSync!.Added);
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=Døgndiamanten");
        Assert.True(search.GetProperty("total").GetInt32() > 0);
    }
}
