using JcmSim.Explorer.Tests.Support;
using JcmSim.Runs.Engines;
using Microsoft.Playwright;

namespace JcmSim.Explorer.Tests;

/// <summary>
/// The page end to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright),
/// on a server with the embedded silo, with every request outside the app's origin aborted.
/// </summary>
public sealed class PageTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Moving_levers_by_keyboard_changes_the_probability_and_the_fan_offline_and_the_ja_switch_shows_Japanese()
    {
        // Given the explorer on the embedded silo, and a browser that can reach nothing but the app
        await using var server = await ExplorerServer.StartAsync(new ExplorerOptions
        {
            ScenariosFolder = Repository.Scenarios,
            Port = 0,
            Engine = EngineChoice.Embedded,
            TrialCap = 64,
            FirstWaveTrials = 32,
        }, CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1100 }, DeviceScaleFactor = 1 });
        var origin = server.Url.GetLeftPart(UriPartial.Authority);
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (blocked)
                {
                    blocked.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.SetDefaultTimeout(120_000);

        // When the page loads and its first estimate completes
        await page.GotoAsync(server.Url.ToString());
        await WaitForDoneAsync(page);
        var before = await page.InnerTextAsync("#p-2040");
        var fanBefore = await page.GetAttributeAsync("#fan-median", "points");
        Assert.Equal("Current policy", (await page.InnerTextAsync("#question")).Split(" — ")[0]);

        // and the planner moves private capital and the pipeline to the top of their ranges by keyboard
        foreach (var path in new[] { "privateCapital.multiplier", "pipeline.multiplier" })
        {
            await page.FocusAsync($"input[type=range][data-path='{path}']");
            await page.Keyboard.PressAsync("End");
        }

        await page.WaitForFunctionAsync("before => document.getElementById('p-2040')?.textContent !== before && document.getElementById('state').textContent === 'done'", before);

        // Then the probability and the fan changed, with nothing fetched from outside
        var after = await page.InnerTextAsync("#p-2040");
        Assert.NotEqual(before, after);
        Assert.NotEqual(fanBefore, await page.GetAttributeAsync("#fan-median", "points"));
        Assert.Equal("64", await page.InnerTextAsync("#trials"));
        Assert.Contains("vs reference: +", await page.InnerTextAsync("#target-2040"), StringComparison.Ordinal);
        // No focus ring or caret in the picture, so the same code gives the same image.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.ScreenshotAsync(new() { Path = GalleryPath("explorer-en.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

        // and the ja switch shows Japanese words
        await page.ClickAsync("#lang-ja");
        Assert.Equal("JcmSim エクスプローラー", await page.InnerTextAsync("h1"));
        Assert.Equal("基準シナリオ", await page.InnerTextAsync("label[for=scenario]"));
        Assert.Contains("民間資金（全民間チャネル）の倍率 (倍率)", await page.InnerTextAsync("#lever-list"), StringComparison.Ordinal);
        Assert.Contains("2040年度までに200百万t以上の確率", await page.InnerTextAsync("#target-2040"), StringComparison.Ordinal);
        Assert.Equal(after, await page.InnerTextAsync("#p-2040"));
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.ScreenshotAsync(new() { Path = GalleryPath("explorer-ja.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

        Assert.Empty(blocked);
        Assert.Empty(errors);
    }

    private static async Task WaitForDoneAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.getElementById('state')?.textContent === 'done'");

    // The README shows the page as this test leaves it.
    private static string GalleryPath(string name) => Path.Combine(Repository.Root, "tests", "JcmSim.Explorer.Tests", "Gallery", name);
}
