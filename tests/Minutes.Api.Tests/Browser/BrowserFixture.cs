using Microsoft.Playwright;

namespace Minutes.Api.Tests.Browser;

/// <summary>
/// The API on a loopback port with the sample minutes (<see cref="PageServer"/>) and one headless
/// Debian Chromium driven by Playwright, shared by the browser tests; each test opens its own context.
/// Playwright's .NET package brings its driver; the browser is the system's <c>/usr/bin/chromium</c>,
/// never a downloaded one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Generous: the machine is small and shared, and the first search warms the index.</summary>
    public const float TimeoutMs = 60_000;

    private IPlaywright? _playwright;

    public PageServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: tests/Minutes.Api.Tests/artifacts (ignored by git).</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(Minutes.Core.ContentRoot.Path, "tests", "Minutes.Api.Tests", "artifacts");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests drive the system Chromium: " +
                "install the Debian package 'chromium' (apt-get install chromium; .ci/run does this).");
        }

        await Server.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = TimeoutMs,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    /// <summary>A fresh context (no shared history or storage) and page at the given size, Danish locale.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)Server).DisposeAsync();
    }
}
