using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Minutes.Api.Tests.Browser;

/// <summary>Originals, the meetings list, the decision history, copying links and printing, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class OriginalsAndBrowsingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OriginalOpensInANewTabAsReadableTextWithTheCitedDecisionMarked()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/?q=D%C3%B8gndiamanten&kind=decision");
        await page.WaitForResultsAsync();
        var link = page.Hits.First.Locator("a.doc-link");
        await Expect(link).ToHaveAttributeAsync("target", "_blank");

        var original = await page.Page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());

        var passage = original.Locator("#document-view mark.passage");
        await Expect(passage).ToContainTextAsync("Styregruppen besluttede");
        await Expect(passage).ToBeInViewportAsync();
        await Expect(original.Locator("#document-view .page-text mark:not(.passage)", new() { HasTextRegex = new Regex("^døgndiamanten$", RegexOptions.IgnoreCase) }).First).ToBeVisibleAsync();
        await Expect(original.Locator("#document-view")).ToContainTextAsync("Netværksgruppe Børn og Unge");
        await Expect(original.Locator("#document-view")).Not.ToContainTextAsync("Ã");
        await new SearchPage(original).ScreenshotAsync("document", fullPage: false);

        // The file itself, for "Hent filen": UTF-8 text says so, so a browser shows "Børn", not "BÃ¸rn".
        var file = await original.APIRequest.GetAsync(await original.Locator(".document-links a[target=_blank]").GetAttributeAsync("href") ?? "");
        Assert.Equal("text/plain; charset=utf-8", file.Headers["content-type"]);
    }

    [Fact]
    public async Task MeetingsOfABodyInAYearAreListedNewestFirstFromTheFrontPage()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/");

        await page.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Se alle \\d+ møder") }).ClickAsync();
        await Expect(page.Page.Locator("#meetings-view .meeting-list li").First).ToBeVisibleAsync();
        var all = await page.Page.Locator("#meetings-view .meeting-list li").CountAsync();
        await page.Page.GetByLabel("Organ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Netværksgruppe Børn og Unge (3)" });
        await Expect(page.Page.Locator("#meetings-heading")).ToHaveTextAsync("Møder i Netværksgruppe Børn og Unge");
        await Expect(page.Page.Locator("#meetings-view .meeting-list li")).ToHaveCountAsync(3);
        var dates = await page.Page.Locator("#meetings-view .meeting-list li .meta").AllInnerTextsAsync();
        Assert.Equal(["14. juni 2024", "29. september 2023", "3. marts 2023"], dates.Select(d => d.Split(" · ")[0]));
        Assert.True(all > 3);

        await page.Page.GetByLabel("År", new() { Exact = true }).SelectOptionAsync("2023");

        await Expect(page.Page.Locator("#meetings-view .meeting-list li")).ToHaveCountAsync(2);
        await Expect(page.Status).ToHaveTextAsync("2 møder i Netværksgruppe Børn og Unge i 2023.");
        Assert.Contains("year=2023", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("meetings", fullPage: false);
    }

    [Fact]
    public async Task DecisionHistoryUsesTheOneSearchBoxFiltersByYearAndExportsCsv()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Beslutningshistorik", Exact = true }).ClickAsync();

        var box = page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Emne for beslutningshistorikken" });
        await box.FillAsync("Døgndiamanten");
        await box.PressAsync("Enter");

        await Expect(page.Page.Locator(".timeline-entry").First).ToBeVisibleAsync();
        await Expect(page.Page.Locator("input[type=search]:visible")).ToHaveCountAsync(1);
        await Expect(page.Page.Locator("#submit")).ToHaveTextAsync("Vis historik");
        var export = page.Page.GetByRole(AriaRole.Link, new() { Name = "Hent historikken som CSV (regneark)" });
        var csv = await page.Page.APIRequest.GetAsync(await export.GetAttributeAsync("href") ?? "");
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        var rows = (await csv.TextAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sag;Dato;Organ;Møde;Punkt;Beslutning;Fil;Side;Link", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows.Skip(1), r => r.Contains("2024-06-14;Netværksgruppe Børn og Unge", StringComparison.Ordinal) && r.Contains("Døgndiamanten", StringComparison.Ordinal));
        await page.ScreenshotAsync("history", fullPage: false);

        await page.Page.GetByLabel("År", new() { Exact = true }).SelectOptionAsync("2023");

        await Expect(page.Page.Locator(".notice.empty h3")).ToHaveTextAsync("Ingen beslutninger om »Døgndiamanten«");
        Assert.Contains("year=2023", page.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingViewCopiesAnItemLinkShowsNoNullAndPrintsOnlyTheMeeting()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/?q=D%C3%B8gndiamanten");
        await page.WaitForResultsAsync();
        await page.Hits.First.Locator(".hit-title a").ClickAsync();
        await Expect(page.CitedItem).ToBeVisibleAsync();

        // The newest meeting of its body has no next meeting: nothing, not "null", stands in its place.
        await Expect(page.Page.Locator("#meeting-view")).Not.ToContainTextAsync("null");
        await page.CitedItem.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Kopiér link") }).ClickAsync();
        await Expect(page.Status).ToContainTextAsync("er kopieret");
        var copied = await page.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/#/møde/001-[^?]+\?punkt=001-[\w-]+-6$", copied);

        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Page.Locator(".toc")).ToBeHiddenAsync();
        await Expect(page.CitedItem).ToBeVisibleAsync();
        await Expect(page.MeetingHeading).ToBeVisibleAsync();
    }
}
