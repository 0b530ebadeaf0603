using Microsoft.Playwright;

namespace JcmSim.Explorer.Tests.Support;

/// <summary>
/// The explorer's page in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright),
/// with every request outside the app's origin aborted and recorded, and the page's console errors kept.
/// </summary>
internal sealed class OfflinePage : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflinePage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Requests outside the app that were aborted: none are expected.</summary>
    public List<string> Blocked { get; } = [];

    /// <summary>Errors the page logged or threw: none are expected.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="server"/>'s page and waits for its first estimate to finish.</summary>
    public static async Task<OfflinePage> OpenAsync(ExplorerServer server)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1100 }, DeviceScaleFactor = 1, AcceptDownloads = true });
        var page = new OfflinePage(playwright, browser, await context.NewPageAsync());
        var origin = server.Url.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (page.Blocked)
                {
                    page.Blocked.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        page.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                page.Errors.Add(message.Text);
            }
        };
        page.Page.PageError += (_, error) => page.Errors.Add(error);
        page.Page.SetDefaultTimeout(120_000);
        await page.Page.GotoAsync(server.Url.ToString());
        await page.WaitForDoneAsync();
        return page;
    }

    /// <summary>Waits until the page says its estimate is done.</summary>
    public async Task WaitForDoneAsync() =>
        await Page.WaitForFunctionAsync("() => document.getElementById('state')?.textContent === 'done'");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
