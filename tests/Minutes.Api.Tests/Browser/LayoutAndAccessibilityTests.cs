using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Minutes.Api.Tests.Browser;

/// <summary>The page at phone width, and axe-core's accessibility rules over each view.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LayoutAndAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string, string> Views => new()
    {
        { "start", "/" },
        { "search", "/?q=hvad%20blev%20besluttet%20om%20D%C3%B8gndiamanten" },
        { "answer", "/?q=hvad%20blev%20besluttet%20om%20D%C3%B8gndiamanten&mode=ask" },
        { "empty", "/?q=xyzzy%20qwertz" },
        { "history", "/#/historik?q=D%C3%B8gndiamanten" },
        { "document", "/#/dokument/001-fc05f7ce724914ac-f06061?punkt=001-fc05f7ce724914ac-f06061-6&passage=001-fc05f7ce724914ac-f06061-6:decision:1&q=D%C3%B8gndiamanten" },
        { "meetings", "/#/m%C3%B8der?organ=Netv%C3%A6rksgruppe%20B%C3%B8rn%20og%20Unge" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task NarrowPhoneWidthHasNoHorizontalScroll(string name, string url)
    {
        var page = new SearchPage(await fixture.NewPageAsync(360, 740));
        await page.GotoAsync(url);
        await ReadyAsync(page, name);

        Assert.Empty(await page.OverflowingElementsAsync());
        await page.ScreenshotAsync($"phone-{name}", fullPage: false);
    }

    [Fact]
    public async Task PhoneShowsResultsAboveTheFoldAndFiltersInADrawer()
    {
        var page = new SearchPage(await fixture.NewPageAsync(360, 740));
        await page.GotoAsync("/");
        await page.SearchAsync("styregruppen");

        var header = await page.Page.Locator(".site-header").BoundingBoxAsync();
        Assert.InRange(header!.Height, 1, 240);
        await Expect(page.Hits.First.Locator(".hit-title")).ToBeInViewportAsync();
        await Expect(page.Page.Locator("#filters")).ToBeHiddenAsync();
        var toggle = page.Page.GetByRole(AriaRole.Button, new() { Name = "Filtre" });
        await toggle.ClickAsync();
        await Expect(page.Page.Locator("#filters")).ToBeInViewportAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync("phone-filters", fullPage: false);

        await page.FacetOption("2024").ClickAsync();

        await Expect(page.Chips).ToHaveTextAsync(["År: 2024×"]);
        await Expect(page.Page.Locator("#filters")).ToBeHiddenAsync();
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Filtre (1)" })).ToBeVisibleAsync();
        await Expect(page.Hits.First.Locator(".hit-title")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task NarrowPhoneWidthMeetingViewHasNoHorizontalScroll()
    {
        var page = new SearchPage(await fixture.NewPageAsync(360, 740));
        await OpenMeetingAsync(page);

        Assert.Empty(await page.OverflowingElementsAsync());
        await page.ScreenshotAsync("phone-meeting", fullPage: false);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task ViewHasNoSeriousOrCriticalAxeViolations(string name, string url)
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync(url);
        await ReadyAsync(page, name);

        await AssertAccessibleAsync(page, name);
        await page.ScreenshotAsync($"desktop-{name}", fullPage: false);
    }

    [Fact]
    public async Task MeetingViewHasNoSeriousOrCriticalAxeViolations()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await OpenMeetingAsync(page);

        await AssertAccessibleAsync(page, "meeting");
        await page.ScreenshotAsync("desktop-meeting", fullPage: false);
    }

    [Fact]
    public async Task SuggestionsOpenHaveNoSeriousOrCriticalAxeViolations()
    {
        var page = new SearchPage(await fixture.NewPageAsync());
        await page.GotoAsync("/");
        await page.Box.PressSequentiallyAsync("døgnd");
        await Expect(page.Page.Locator("#suggestions")).ToHaveAttributeAsync("data-for", "døgnd");
        await Expect(page.Page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();

        await AssertAccessibleAsync(page, "suggestions");
    }

    private static async Task OpenMeetingAsync(SearchPage page)
    {
        await page.GotoAsync("/?q=D%C3%B8gndiamanten");
        await page.WaitForResultsAsync();
        await page.Hits.First.Locator(".hit-title a").ClickAsync();
        await Expect(page.CitedItem).ToBeVisibleAsync();
    }

    private static async Task ReadyAsync(SearchPage page, string name)
    {
        switch (name)
        {
            case "start":
                await Expect(page.Page.Locator("#intro-view .meeting-list li").First).ToBeVisibleAsync();
                break;
            case "answer":
                await Expect(page.Answer).ToBeVisibleAsync();
                break;
            case "history":
                await Expect(page.Page.Locator(".timeline-entry").First).ToBeVisibleAsync();
                break;
            case "document":
                await Expect(page.Page.Locator("mark.passage")).ToBeVisibleAsync();
                break;
            case "meetings":
                await Expect(page.Page.Locator("#meetings-view .meeting-list li").First).ToBeVisibleAsync();
                break;
            default:
                await page.WaitForResultsAsync();
                break;
        }
    }

    /// <summary>Runs axe (WCAG 2.x A/AA and best practices), logs every violation, fails on serious or critical ones.</summary>
    private async Task AssertAccessibleAsync(SearchPage page, string name)
    {
        var result = await page.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });

        var summary = result.Violations
            .Select(v => new { v.Id, v.Impact, v.Help, Nodes = v.Nodes.Select(n => n.Target?.ToString() ?? "").ToList() })
            .ToList();
        output.WriteLine($"axe on the {name} view: {result.Passes.Length} rules pass, {summary.Count} violated");
        foreach (var v in summary)
        {
            output.WriteLine($"  {v.Impact}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes)}");
        }

        await File.WriteAllTextAsync(
            Path.Combine(BrowserFixture.ArtifactsFolder, $"axe-{name}.json"),
            JsonSerializer.Serialize(new { view = name, passes = result.Passes.Length, violations = summary }, new JsonSerializerOptions { WriteIndented = true }));
        var blocking = summary.Where(v => Blocking.Contains(v.Impact)).Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes)}").ToList();
        Assert.True(blocking.Count == 0, $"axe found serious or critical violations on the {name} view:\n{string.Join("\n", blocking)}");
    }
}
