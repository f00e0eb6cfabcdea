using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Minutes.Api.Tests.Browser;

/// <summary>The search page as a user sees it: the box, the results, the answer and the meeting view.</summary>
internal sealed partial class SearchPage(IPage page)
{
    public IPage Page => page;

    public ILocator Box => page.GetByRole(AriaRole.Combobox, new() { Name = "Søgeord eller spørgsmål" });

    public ILocator Status => page.Locator("#status");

    public ILocator Results => page.Locator("#results");

    public ILocator Hits => page.Locator("ol.hits > li");

    public ILocator Chips => page.Locator("#chips .chip");

    public ILocator Answer => page.Locator("section.answer");

    public ILocator CitedItem => page.Locator("#meeting-view article.item.cited");

    public ILocator MeetingHeading => page.Locator("#meeting-heading");

    public Task GotoAsync(string url) => page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });

    /// <summary>Types like a person (so suggestions fire), submits with Enter and waits for the results.</summary>
    public async Task SearchAsync(string query)
    {
        await Box.FillAsync("");
        await Box.PressSequentiallyAsync(query);
        await Box.PressAsync("Enter");
        await WaitForResultsAsync();
    }

    /// <summary>Waits until a search has finished and its total is shown.</summary>
    public async Task WaitForResultsAsync()
    {
        await Expect(Results).ToHaveAttributeAsync("data-total", NumberPattern());
        await Expect(Results).ToHaveAttributeAsync("aria-busy", "false");
    }

    public async Task<int> TotalAsync()
    {
        await WaitForResultsAsync();
        return int.Parse(await Results.GetAttributeAsync("data-total") ?? "-1", CultureInfo.InvariantCulture);
    }

    /// <summary>The count shown next to a filter option, e.g. the "2024" year or "Kun beslutninger".</summary>
    public async Task<int> FacetCountAsync(string label)
    {
        var count = page.Locator("#facets label").Filter(new() { Has = page.Locator(".facet-name", new() { HasTextRegex = ExactText(label) }) }).Locator(".count");
        var text = await count.InnerTextAsync();
        return int.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    public ILocator FacetOption(string label) =>
        page.Locator("#facets label").Filter(new() { Has = page.Locator(".facet-name", new() { HasTextRegex = ExactText(label) }) });

    /// <summary>Screenshot into the artifacts folder, the whole page unless <paramref name="fullPage"/> is false.</summary>
    public Task ScreenshotAsync(string name, bool fullPage = true) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name + ".png"), FullPage = fullPage });

    /// <summary>
    /// The elements that stick out past the window's right edge (so the page scrolls sideways), as
    /// "tag#id.class (right edge px)"; empty when the page fits.
    /// </summary>
    public Task<string[]> OverflowingElementsAsync() =>
        page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              return [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5)
                .slice(0, 10)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).replace(/ /g, '.') : ''} (${Math.round(e.getBoundingClientRect().right)} px)`);
            }
            """);

    private static Regex ExactText(string text) => new($"^{Regex.Escape(text)}$");

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex NumberPattern();
}
