using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Minutes.Core;
using static Microsoft.Playwright.Assertions;

namespace Minutes.Api.Tests.Browser;

/// <summary>The results list: one card per item, sorting, the period filter, facets, answers and the states around them.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ResultsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ItemWithSeveralMatchingPlacesShowsThemFoldedUnderItsOneResult()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        // The grouped response of contract 2 (places, otherPlaces), made from the real first hits: the
        // page must render it whether or not this API build groups yet.
        await page.Page.RouteAsync("**/api/search?*", async route =>
        {
            var response = await route.FetchAsync();
            var json = JsonNode.Parse(await response.TextAsync())!.AsObject();
            var hits = json["hits"]!.AsArray();
            foreach (var hit in hits)
            {
                hit!["places"] = 1;
                hit["otherPlaces"] = new JsonArray();
            }

            hits[0]!["places"] = 3;
            hits[0]!["otherPlaces"] = new JsonArray(
                new JsonObject { ["id"] = hits[0]!["item"]!["id"] + ":item", ["kind"] = "item", ["snippet"] = "målgruppen på <mark>Døgndiamanten</mark>", ["page"] = 1 },
                new JsonObject { ["id"] = "x:decision:2", ["kind"] = "decision", ["snippet"] = "bakkede op om <mark>Døgndiamanten</mark>", ["page"] = 1 });
            await route.FulfillAsync(new() { Response = response, Body = json.ToJsonString() });
        });
        await page.GotoAsync("/?q=D%C3%B8gndiamanten");
        await page.WaitForResultsAsync();

        var places = page.Hits.First.Locator("details.places");
        await Expect(places.Locator("summary")).ToHaveTextAsync("3 steder i punktet");
        await Expect(places.Locator(".place-list li").First).ToBeHiddenAsync();
        await places.Locator("summary").ClickAsync();
        await Expect(places.Locator(".place-list li")).ToHaveCountAsync(2);
        await Expect(places.Locator(".place-list li").Nth(1)).ToContainTextAsync("bakkede op om Døgndiamanten");
        await Expect(page.Hits.Nth(1).Locator("details.places")).ToHaveCountAsync(0);
        await Expect(page.Status).ToHaveTextAsync(new Regex("^\\d+ punkt(er)? for »Døgndiamanten«"));
    }

    [Fact]
    public async Task EveryResultIsADifferentItemAndTheTotalCountsItems()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=styregruppen");
        await page.WaitForResultsAsync();

        var passages = await page.Hits.Locator("article.hit").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.hit)");
        var items = passages.Select(p => p.Split(':')[0]).ToList();
        Assert.True(items.Count > 3);
        Assert.Equal(items.Distinct().Count(), items.Count);
        await Expect(page.Status).ToHaveTextAsync(new Regex("^\\d+ punkter for »styregruppen« – viser 1–10\\.$"));
    }

    [Fact]
    public async Task NewestFirstAndAPeriodNarrowTheResultsAndShowDanishDates()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=styregruppen");
        await page.WaitForResultsAsync();

        await page.Page.GetByLabel("Sortér").SelectOptionAsync("date");

        await page.WaitForResultsAsync();
        Assert.Contains("sort=date", page.Page.Url, StringComparison.Ordinal);
        var dates = await page.Hits.Locator(".hit-meta time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        await page.Page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2023-01-01");
        await page.Page.GetByLabel("Til", new() { Exact = true }).FillAsync("2023-12-31");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Vis periode" }).ClickAsync();

        await Expect(page.Chips).ToHaveTextAsync(["Periode: 1. januar 2023 – 31. december 2023×"]);
        await page.WaitForResultsAsync();
        var inPeriod = await page.Hits.Locator(".hit-meta time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.NotEmpty(inPeriod);
        Assert.All(inPeriod, d => Assert.StartsWith("2023-", d, StringComparison.Ordinal));
        await Expect(page.Page.Locator(".interpreted")).ToContainTextAsync("fra 1. januar 2023");
        await Expect(page.Page.Locator(".interpreted")).Not.ToContainTextAsync("2023-01-01");
    }

    [Fact]
    public async Task FacetCountsStayOnOneLineAndOnlyMunicipalitiesAreOffered()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=styregruppen");
        await page.WaitForResultsAsync();

        var counts = page.Page.Locator("#facets .count");
        Assert.True(await counts.CountAsync() > 3);
        var heights = await counts.EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))");
        Assert.All(heights, h => Assert.InRange(h, 0.5, 1.5));
        var municipalities = await page.Page.Locator("fieldset.facet", new() { Has = page.Page.Locator("legend", new() { HasText = "Kommune" }) })
            .Locator(".facet-name").AllInnerTextsAsync();
        Assert.True(municipalities.Count > 2);
        Assert.All(municipalities.Skip(1), m => Assert.True(DanishMunicipalities.Contains(m), $"{m} is no Danish municipality or region"));
    }

    [Fact]
    public async Task FacetWhoseCountsAreAllEqualStartsFolded()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.Page.RouteAsync("**/api/search?*", async route =>
        {
            var response = await route.FetchAsync();
            var json = JsonNode.Parse(await response.TextAsync())!.AsObject();
            json["facets"]!["municipality"] = new JsonObject { ["Greve"] = 2, ["Køge"] = 2, ["Solrød"] = 2 };
            await route.FulfillAsync(new() { Response = response, Body = json.ToJsonString() });
        });
        await page.GotoAsync("/?q=styregruppen");
        await page.WaitForResultsAsync();

        var fold = page.Page.Locator("#facets details.facet-fold[data-facet=municipality]");
        await Expect(fold).Not.ToHaveAttributeAsync("open", "");
        await Expect(fold.Locator(".facet-option").First).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#facets details.facet-fold[data-facet=year]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnswerShowsItsDateAndMeetingFirstAndSpørgHidesTheSyntaxHint()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=hvorn%C3%A5r%20blev%20der%20besluttet%20noget%20om%20D%C3%B8gndiamanten&mode=ask");

        await Expect(page.Answer.Locator(".answer-when .answer-date")).ToHaveTextAsync("14. juni 2024");
        await Expect(page.Answer.Locator(".answer-when a")).ToContainTextAsync("Netværksgruppe Børn og Unge");
        await Expect(page.Page.Locator("#q-hint")).ToBeHiddenAsync();
        await page.ScreenshotAsync("answer", fullPage: false);
    }

    [Fact]
    public async Task BackFromAMeetingReturnsToTheResultAndStatesStayHonest()
    {
        var page = new SearchPage(await fixture.NewPageAsync(1280, 600));
        await page.GotoAsync("/?q=styregruppen");
        await page.WaitForResultsAsync();
        var fifth = page.Hits.Nth(4).Locator(".hit-title a");
        var title = await fifth.InnerTextAsync();
        await fifth.ClickAsync();
        await Expect(page.Page.Locator("#meeting-view")).ToBeVisibleAsync();

        await page.Page.GoBackAsync();

        await page.WaitForResultsAsync();
        await Expect(page.Hits.Nth(4).Locator(".hit-title a")).ToBeFocusedAsync();
        await Expect(page.Hits.Nth(4)).ToBeInViewportAsync();
        Assert.Equal(title, await page.Hits.Nth(4).Locator(".hit-title a").InnerTextAsync());

        // An old link past the last page shows the last page, never "viser 981–980".
        await page.GotoAsync("/?q=styregruppen&page=99");
        await page.WaitForResultsAsync();
        await Expect(page.Status).Not.ToContainTextAsync("99");
        Assert.DoesNotContain("page=99", page.Page.Url, StringComparison.Ordinal);

        // A failing search shows the error alone, without the last search's filters.
        await page.Page.RouteAsync("**/api/search?*", route => route.FulfillAsync(new() { Status = 500, ContentType = "application/problem+json", Body = "{\"title\":\"boom\",\"detail\":\"NullReferenceException\"}" }));
        await page.Box.FillAsync("tolkebistand");
        await page.Box.PressAsync("Enter");
        await Expect(page.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Der opstod en fejl hos søgetjenesten");
        await Expect(page.Page.GetByRole(AriaRole.Alert)).Not.ToContainTextAsync("NullReference");
        await Expect(page.Page.Locator("#filters")).ToBeHiddenAsync();

        var favicon = await page.Page.APIRequest.GetAsync(await page.Page.Locator("link[rel=icon]").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, favicon.Status);
    }
}
