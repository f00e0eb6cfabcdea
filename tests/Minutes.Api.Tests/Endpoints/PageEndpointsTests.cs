using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minutes.Core;

namespace Minutes.Api.Tests.Endpoints;

/// <summary>The endpoints only the page needs: sorting, bodies, the text of an original, the CSV export, the municipality facet.</summary>
[Collection(SamplesApi.Collection)]
public sealed class PageEndpointsTests(SamplesApi api)
{
    private const string JuneMeeting = "001-fc05f7ce724914ac-f06061";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task SortByDateReturnsTheNewestMeetingsFirstAndAnUnknownOrderIs400()
    {
        var byDate = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=styregruppen&sort=date&limit=20");
        var byRelevance = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=styregruppen&limit=20");

        var dates = byDate.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("meeting").GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(byRelevance.GetProperty("total").GetInt32(), byDate.GetProperty("total").GetInt32());
        var relevanceDates = byRelevance.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("meeting").GetProperty("date").GetString()!).ToList();
        Assert.NotEqual(dates, relevanceDates);
        await AskEndpointsTests.AssertProblemNamesAsync(await _client.GetAsync("/api/search?q=styregruppen&sort=alfabetisk"), "sort");
    }

    [Fact]
    public async Task PeriodInSøgtEfterIsWrittenAsDanishDates()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=styregruppen&from=2023-01-01&to=2023-12-31");

        Assert.Contains("fra 1. januar 2023 · til 31. december 2023", json.GetProperty("interpretedAs").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MunicipalityFacetHoldsOnlyDanishMunicipalitiesAndRegions()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=styregruppen");

        var names = json.GetProperty("facets").GetProperty("municipality").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("Greve", names);
        Assert.Contains("Region Sjælland", names);
        Assert.All(names, n => Assert.True(DanishMunicipalities.Contains(n), $"{n} is in the facet"));
    }

    [Fact]
    public async Task BodiesAreListedWithTheirMeetingsMostRecentFirst()
    {
        var bodies = await _client.GetFromJsonAsync<JsonElement>("/api/bodies");

        var first = bodies[0];
        Assert.Equal("KKR-netværket på udsatte børne- og ungeområdet", first.GetProperty("name").GetString());
        var network = bodies.EnumerateArray().Single(b => b.GetProperty("name").GetString() == "Netværksgruppe Børn og Unge");
        Assert.Equal(3, network.GetProperty("meetings").GetInt32());
        Assert.Equal("2023-03-03", network.GetProperty("first").GetString());
        Assert.Equal("2024-06-14", network.GetProperty("latest").GetString());
    }

    [Fact]
    public async Task TextOfAnOriginalComesPageByPageAndTheFileSaysItsCharset()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{JuneMeeting}/text");
        var file = await _client.GetAsync($"/api/documents/{JuneMeeting}/file");

        Assert.Equal("txt", json.GetProperty("format").GetString());
        var page = json.GetProperty("pages")[0];
        Assert.Equal(1, page.GetProperty("number").GetInt32());
        Assert.Contains("Netværket bakkede generelt op om Næstved Kommunes vurdering", page.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("utf-8", file.Content.Headers.ContentType?.CharSet);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/documents/findes-ikke/text")).StatusCode);
    }

    [Fact]
    public async Task DecisionHistoryExportsAsSemicolonCsvWithABom()
    {
        var response = await _client.GetAsync("/api/decisions/export?q=D%C3%B8gndiamanten");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("beslutninger-døgndiamanten.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Sag;Dato;Organ;Møde;Punkt;Beslutning;Fil;Side;Link", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Drøfte fremtidig målgruppe for døgninstitutionen Døgndiamanten;2024-06-14;Netværksgruppe Børn og Unge;", StringComparison.Ordinal)
            && l.Contains("\"Styregruppen besluttede", StringComparison.Ordinal));
        await AskEndpointsTests.AssertProblemNamesAsync(await _client.GetAsync("/api/decisions/export?q="), "q");
    }
}
