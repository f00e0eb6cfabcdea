using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Minutes.Api.Tests.Browser;

/// <summary>The Danish search page in Chromium against the API over the sample minutes.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SearchPageTests(BrowserFixture fixture)
{
    private const string Question = "hvad blev besluttet om Døgndiamanten";

    [Fact]
    public async Task QuestionFindsTheMeetingThenTheAnswerCitationOpensItem6()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/");

        await page.SearchAsync(Question);

        var first = page.Hits.First;
        await Expect(first.Locator(".hit-meta time")).ToHaveTextAsync("14. juni 2024");
        await Expect(first.Locator(".hit-meta")).ToContainTextAsync("Netværksgruppe Børn og Unge");
        var sameMeeting = page.Hits.Filter(new() { Has = page.Page.Locator(".hit-meta time", new() { HasText = "14. juni 2024" }) });
        await Expect(sameMeeting.Locator(".snippet mark", new() { HasTextRegex = new Regex("^døgndiamanten$", RegexOptions.IgnoreCase) }).First).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".interpreted")).ToContainTextAsync("beslutninger foretrækkes");
        Assert.Matches("[?&]q=hvad", page.Page.Url);
        await page.ScreenshotAsync("search");
        await page.ScreenshotAsync("search-window", fullPage: false);

        await page.Page.Locator("label[for=mode-ask]").ClickAsync();

        await Expect(page.Answer.GetByRole(AriaRole.Heading, new() { Name = "Svar" })).ToBeVisibleAsync();
        var citation = page.Answer.Locator(".answer-text a.cite").First;
        await Expect(citation).ToHaveTextAsync(new Regex(@"^\[\d+\]$"));
        await Expect(page.Answer.Locator(".answer-text")).ToContainTextAsync("Næstved");
        Assert.Contains("mode=ask", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("answer");

        await citation.ClickAsync();

        await Expect(page.Page.Locator("#search-view")).ToBeHiddenAsync();
        await Expect(page.CitedItem.Locator("h3")).ToContainTextAsync("Punkt 6. Drøfte fremtidig målgruppe");
        await Expect(page.CitedItem).ToBeInViewportAsync();
        await Expect(page.CitedItem.Locator("h3")).ToBeFocusedAsync();
        await Expect(page.CitedItem.Locator("mark", new() { HasTextRegex = new Regex("^døgndiamanten$", RegexOptions.IgnoreCase) }).First).ToBeVisibleAsync();
        await Expect(page.CitedItem.Locator(".block.decision", new() { HasText = "bakkede generelt op" })).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".facts")).ToContainTextAsync("14. juni 2024");
        await page.ScreenshotAsync("meeting");
    }

    [Fact]
    public async Task YearAndDecisionFiltersNarrowTheResultsToTheCountsTheyShowed()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=styregruppen");
        var total = await page.TotalAsync();
        var in2024 = await page.FacetCountAsync("2024");
        var decisions = await page.FacetCountAsync("Kun beslutninger");
        Assert.InRange(in2024, 1, total - 1);

        await page.FacetOption("2024").ClickAsync();

        await Expect(page.Chips).ToHaveTextAsync(["År: 2024×"]);
        // Facets count items, as the total does: the filter gives as many results as its facet showed.
        Assert.Equal(in2024, await page.TotalAsync());
        await Expect(page.Hits.Locator(".hit-meta time")).ToContainTextAsync(Enumerable.Repeat("2024", await page.Hits.CountAsync()).ToArray());
        var decisions2024 = await page.FacetCountAsync("Kun beslutninger");
        Assert.InRange(decisions2024, 1, decisions - 1);

        await page.FacetOption("Kun beslutninger").ClickAsync();

        await Expect(page.Chips.Filter(new() { HasText = "kun beslutninger" })).ToBeVisibleAsync();
        Assert.Equal(decisions2024, await page.TotalAsync());
        await Expect(page.Hits.Locator(".badge")).ToHaveTextAsync(Enumerable.Repeat("Beslutning", await page.Hits.CountAsync()).ToArray());

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Fjern filteret År: 2024" }).ClickAsync();

        await Expect(page.Chips.Filter(new() { HasText = "År" })).ToHaveCountAsync(0);
        Assert.Equal(decisions, await page.TotalAsync());
    }

    [Fact]
    public async Task MunicipalityFilterShowsAChipAndItsCount()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=styregruppen");
        var total = await page.TotalAsync();
        var municipality = page.Page.Locator("fieldset.facet", new() { Has = page.Page.Locator("legend", new() { HasText = "Kommune" }) })
            .Locator(".facet-option").Nth(1);
        var name = await municipality.Locator(".facet-name").InnerTextAsync();
        var count = await page.FacetCountAsync(name);
        Assert.InRange(count, 1, total);

        await municipality.Locator("label").ClickAsync();

        await Expect(page.Chips).ToHaveTextAsync([$"Kommune: {name}×"]);
        Assert.Equal(count, await page.TotalAsync());
        Assert.Contains("municipality=", page.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyboardAloneSearchesWithASuggestionAndOpensAResult()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/");
        var keyboard = page.Page.Keyboard;

        await TabUntilAsync(page.Page, "q");
        await keyboard.TypeAsync("døgnd");
        var listbox = page.Page.GetByRole(AriaRole.Listbox, new() { Name = "Forslag" });
        await Expect(listbox).ToHaveAttributeAsync("data-for", "døgnd");
        await Expect(listbox.GetByRole(AriaRole.Option).First).ToContainTextAsync("Døgndiamanten");
        await Expect(page.Box).ToHaveAttributeAsync("aria-expanded", "true");
        await keyboard.PressAsync("ArrowDown");
        await Expect(page.Box).ToHaveAttributeAsync("aria-activedescendant", "forslag-0");
        await keyboard.PressAsync("Enter");

        await page.WaitForResultsAsync();
        await Expect(page.Box).ToHaveValueAsync("Døgndiamanten");
        Assert.Contains("q=D%C3%B8gndiamanten", page.Page.Url, StringComparison.Ordinal);
        await Expect(page.Hits.First.Locator("mark").First).ToBeVisibleAsync();

        var firstTitle = page.Hits.First.Locator(".hit-title a");
        await TabUntilAsync(page.Page, null, firstTitle);
        Assert.Equal("solid", await firstTitle.EvaluateAsync<string>("el => getComputedStyle(el).outlineStyle"));
        await keyboard.PressAsync("Enter");

        await Expect(page.CitedItem.Locator("h3")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SharedUrlOpensTheSameViewAndBackAndForwardWork()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=D%C3%B8gndiamanten&year=2024&kind=decision");

        await Expect(page.Box).ToHaveValueAsync("Døgndiamanten");
        await Expect(page.Chips).ToHaveCountAsync(3);
        Assert.True(await page.TotalAsync() > 0);
        await Expect(page.Page.Locator("#f-kind-decision")).ToBeCheckedAsync();

        await page.Hits.First.Locator(".hit-title a").ClickAsync();
        await Expect(page.CitedItem).ToBeVisibleAsync();
        var meetingUrl = page.Page.Url;
        Assert.Matches("#/m(ø|%C3%B8)de/", meetingUrl);

        await page.Page.GoBackAsync();
        await Expect(page.Page.Locator("#search-view")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#meeting-view")).ToBeHiddenAsync();
        await Expect(page.Chips).ToHaveCountAsync(3);
        await page.WaitForResultsAsync();

        await page.Page.GoForwardAsync();
        await Expect(page.CitedItem).ToBeVisibleAsync();

        var shared = new SearchPage(await fixture.NewPageAsync());
        await shared.GotoAsync(meetingUrl);
        await Expect(shared.CitedItem).ToBeInViewportAsync();
        await Expect(shared.Page.GetByRole(AriaRole.Link, new() { Name = "← Tilbage til søgningen »Døgndiamanten«" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task MisspeltWordOffersMenteDuAndItsLinkSearchesTheCorrection()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/");
        await page.SearchAsync("hvad blev besluttet om Døgndiamnten");

        var correction = page.Page.Locator(".did-you-mean a");
        await Expect(page.Page.Locator(".did-you-mean")).ToHaveTextAsync("Mente du hvad blev besluttet om Døgndiamanten?");
        await correction.ClickAsync();

        await Expect(page.Box).ToHaveValueAsync("hvad blev besluttet om Døgndiamanten");
        await page.WaitForResultsAsync();
        await Expect(page.Page.Locator(".did-you-mean")).ToHaveCountAsync(0);
        await Expect(page.Hits.First.Locator(".hit-meta time")).ToHaveTextAsync("14. juni 2024");
    }

    [Fact]
    public async Task NoResultSaysWhyAndOffersHelpInDanish()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=xyzzy%20qwertz%20blafoo");

        Assert.Equal(0, await page.TotalAsync());
        var notice = page.Page.Locator(".notice.empty");
        await Expect(notice.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Ingen resultater for »xyzzy qwertz blafoo«");
        await Expect(notice).ToContainTextAsync("Brug færre ord");
        await Expect(notice).ToContainTextAsync("Tjek stavningen");
        await Expect(page.Status).ToHaveTextAsync("Ingen resultater for »xyzzy qwertz blafoo«.");
    }

    [Fact]
    public async Task DecisionHistoryShowsDecisionsOnATimeline()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/#/historik?q=D%C3%B8gndiamanten");

        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Beslutninger om »Døgndiamanten«" })).ToBeVisibleAsync();
        var entries = page.Page.Locator(".timeline-entry");
        await Expect(entries.First).ToBeVisibleAsync();
        await Expect(entries.First.Locator(".timeline-date time")).ToHaveAttributeAsync("datetime", new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await page.ScreenshotAsync("history");

        await entries.First.GetByRole(AriaRole.Link, new() { Name = "Vis i mødet" }).ClickAsync();

        await Expect(page.CitedItem).ToBeVisibleAsync();
    }

    [Fact]
    public async Task UnknownMeetingShowsADanishErrorWithAWayBack()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=D%C3%B8gndiamanten#/m%C3%B8de/findes-ikke");

        await Expect(page.MeetingHeading).ToHaveTextAsync("Mødet kunne ikke vises");
        await Expect(page.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Det blev ikke fundet");
        await Expect(page.Page.GetByRole(AriaRole.Alert)).Not.ToContainTextAsync("No meeting");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "← Tilbage til søgningen »Døgndiamanten«" }).ClickAsync();

        Assert.True(await page.TotalAsync() > 0);
    }

    /// <summary>Presses Tab until the element with <paramref name="id"/> (or <paramref name="target"/>) has focus.</summary>
    private static async Task TabUntilAsync(IPage page, string? id, ILocator? target = null)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = target is null
                ? await page.EvaluateAsync<bool>("id => document.activeElement?.id === id", id)
                : await target.EvaluateAsync<bool>("el => el === document.activeElement");
            if (focused)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {id ?? target?.ToString()}");
    }
}
