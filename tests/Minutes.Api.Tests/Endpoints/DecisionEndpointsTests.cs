using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

[Collection(SamplesApi.Collection)]
public sealed class DecisionEndpointsTests(SamplesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task DecisionsOnDoegndiamantenCiteTheJuneMeetingItem6()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/decisions?q=" + Uri.EscapeDataString("hvad blev besluttet om Døgndiamanten"));

        var matter = json.GetProperty("matters").EnumerateArray()
            .Single(m => m.GetProperty("title").GetString()!.Contains("Døgndiamanten"));
        var decisions = matter.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Contains(decisions, d => d.GetProperty("text").GetString()!.Contains("bakkede generelt op om Næstved Kommunes vurdering"));
        Assert.All(decisions, d =>
        {
            Assert.Equal("2024-06-14", d.GetProperty("meeting").GetProperty("date").GetString());
            Assert.Equal("6.", d.GetProperty("item").GetProperty("number").GetString());
            Assert.Equal(1, d.GetProperty("source").GetProperty("page").GetInt32());
        });
        Assert.Equal("2024-06-14", matter.GetProperty("latest").GetString());
        Assert.Equal(json.GetProperty("matters").EnumerateArray().Sum(m => m.GetProperty("decisions").GetArrayLength()), json.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("NOT")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData(".,;!?")]
    [InlineData("😀🎉")]
    public async Task QueryWithoutASearchableWordFindsNoDecisionsAsSearchFindsNoPassages(string q)
    {
        var decisions = await _client.GetFromJsonAsync<JsonElement>("/api/decisions?q=" + Uri.EscapeDataString(q));
        var search = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q));
        var searchDecisions = await _client.GetFromJsonAsync<JsonElement>("/api/search?kind=decision&q=" + Uri.EscapeDataString(q));

        Assert.Equal(0, decisions.GetProperty("total").GetInt32());
        Assert.Equal(0, decisions.GetProperty("matters").GetArrayLength());
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Equal(0, searchDecisions.GetProperty("total").GetInt32());
        var withAWord = await _client.GetFromJsonAsync<JsonElement>("/api/decisions?q=" + Uri.EscapeDataString(q + " godkendt"));
        Assert.True(withAWord.GetProperty("total").GetInt32() > 0, "the samples' decisions are found once the query has a word");
    }

    [Fact]
    public async Task MattersAndTheirDecisionsAreNewestFirst()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/decisions?q=godkendt");

        var matters = json.GetProperty("matters").EnumerateArray().ToList();
        Assert.NotEmpty(matters);
        var latest = matters.Select(m => m.GetProperty("latest").GetString()).ToList();
        Assert.Equal(latest.OrderDescending(StringComparer.Ordinal), latest);
        foreach (var matter in matters)
        {
            var dates = matter.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("meeting").GetProperty("date").GetString()).ToList();
            Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        }
    }

    [Fact]
    public async Task PeriodFilterKeepsOnlyDecisionsInThePeriod()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/decisions?q=godkendt&from=2024-01-01&to=2024-12-31");

        var dates = json.GetProperty("matters").EnumerateArray()
            .SelectMany(m => m.GetProperty("decisions").EnumerateArray())
            .Select(d => d.GetProperty("meeting").GetProperty("date").GetString())
            .ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2024-", d));
    }

    [Theory]
    [InlineData("/api/decisions", "q")]
    [InlineData("/api/decisions?q=%09", "q")]
    [InlineData("/api/decisions?q=skole&from=2024", "from")]
    [InlineData("/api/decisions?q=skole&to=31-12-2024", "to")]
    public async Task BadDecisionParametersGive400NamingThem(string url, string parameter)
    {
        await AskEndpointsTests.AssertProblemNamesAsync(await _client.GetAsync(url), parameter);
    }
}
