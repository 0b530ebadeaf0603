using System.Globalization;
using System.Text.Json;
using JcmSim.Explorer.Tests.Support;
using JcmSim.Runs;
using JcmSim.Runs.Engines;
using JcmSim.Runs.Workbooks;
using Microsoft.Playwright;

namespace JcmSim.Explorer.Tests;

/// <summary>
/// The page end to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright),
/// on a server with the embedded silo, with every request outside the app's origin aborted.
/// </summary>
public sealed class PageTests
{
    [Fact]
    public async Task Moving_levers_by_keyboard_changes_the_probability_and_the_fan_offline_and_the_ja_switch_shows_Japanese()
    {
        // Given the explorer on the embedded silo (its command line written for the repository's root, as the README
        // runs it, rather than for the test's folder), and a browser that can reach nothing but the app
        await using var server = await StartExplorerAsync(Repository.Scenarios, commandFolder: Repository.Root);

        // When the page loads and its first estimate completes
        await using var browser = await OfflinePage.OpenAsync(server);
        var page = browser.Page;
        var before = await page.InnerTextAsync("#p-2040");
        var fanBefore = await page.GetAttributeAsync("#fan-median", "points");
        Assert.Equal("Current policy", (await page.InnerTextAsync("#question")).Split(" — ")[0]);

        // and the planner moves private capital and the pipeline to the top of their ranges by keyboard
        foreach (var path in new[] { "privateCapital.multiplier", "pipeline.multiplier" })
        {
            await page.FocusAsync($"input[type=range][data-path='{path}']");
            await page.Keyboard.PressAsync("End");
        }

        // (the command line comes from the server after the estimate ends: waiting for it keeps the screenshot the same from run to run)
        await page.WaitForFunctionAsync("before => document.getElementById('p-2040')?.textContent !== before && document.getElementById('state').textContent === 'done' && document.getElementById('command').value.includes('explored')", before);
        Assert.Equal($"jcmsim run scenarios/baseline.yaml scenarios/baseline-explored.yaml --trials 64 --seed {EstimateRequest.DefaultSeed}", await page.InputValueAsync("#command"));

        // Then the probability and the fan changed, with nothing fetched from outside
        var after = await page.InnerTextAsync("#p-2040");
        Assert.NotEqual(before, after);
        Assert.NotEqual(fanBefore, await page.GetAttributeAsync("#fan-median", "points"));
        Assert.Equal("64", await page.InnerTextAsync("#trials"));
        Assert.Contains("vs reference: +", await page.InnerTextAsync("#target-2040"), StringComparison.Ordinal);
        // 64 trials cannot bring an interval within ±1 point: the page says the cap stopped the estimate
        Assert.StartsWith("— trial cap reached (widest 95% interval ±", await page.InnerTextAsync("#stop"), StringComparison.Ordinal);
        // No focus ring or caret in the picture, so the same code gives the same image.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.ScreenshotAsync(new() { Path = GalleryPath("explorer-en.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

        // and the ja switch shows Japanese words
        await page.ClickAsync("#lang-ja");
        Assert.Equal("JcmSim エクスプローラー", await page.InnerTextAsync("h1"));
        Assert.Equal("基準シナリオ", await page.InnerTextAsync("label[for=scenario]"));
        Assert.Contains("民間資金（全民間チャネル）の倍率 (倍率)", await page.InnerTextAsync("#lever-list"), StringComparison.Ordinal);
        Assert.Contains("2040年度までに200百万t以上の確率", await page.InnerTextAsync("#target-2040"), StringComparison.Ordinal);
        Assert.StartsWith("— 試行数の上限に到達", await page.InnerTextAsync("#stop"), StringComparison.Ordinal);
        Assert.Equal(after, await page.InnerTextAsync("#p-2040"));
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.ScreenshotAsync(new() { Path = GalleryPath("explorer-ja.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

        Assert.Empty(browser.Blocked);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_export_buttons_save_a_scenario_file_and_command_that_jcmsim_run_reproduces_and_its_charts_and_workbook()
    {
        // Given the explorer on the embedded silo serving a copy of the scenario folder, and the page with a lever moved by keyboard
        using var temp = new TempDirectory();
        var folder = Repository.CopyScenarios(temp);
        await using var server = await StartExplorerAsync(folder);
        await using var browser = await OfflinePage.OpenAsync(server);
        var page = browser.Page;
        await page.FocusAsync("input[type=range][data-path='pipeline.multiplier']");
        await page.Keyboard.PressAsync("End");
        await page.WaitForFunctionAsync("() => document.getElementById('state').textContent === 'done' && document.querySelector('.lever.moved') && document.getElementById('command').value.includes('explored')");
        var shown = JsonSerializer.Deserialize<EstimateUpdate>((await page.EvaluateAsync<JsonElement>("() => state.last")).GetRawText(), Api.Json)!;
        var shownTexts = await Task.WhenAll(shown.Targets.Select(t => page.InnerTextAsync($"#p-{t.FiscalYear}")));

        // When the planner clicks every export button, saving the scenario file next to the reference
        var yaml = await DownloadAsync(page, "#export-yaml", "baseline-explored.yaml", folder);
        var saved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (button, file) in new[]
        {
            ("#export-xlsx", "results.xlsx"),
            ("#export-fan-png", "fan-cumulative.png"), ("#export-fan-svg", "fan-cumulative.svg"),
            ("#export-channels-png", "contributions-channel-baseline-explored.png"), ("#export-channels-svg", "contributions-channel-baseline-explored.svg"),
            ("#export-countries-png", "contributions-country-baseline-explored.png"), ("#export-countries-svg", "contributions-country-baseline-explored.svg"),
        })
        {
            saved[file] = await DownloadAsync(page, button, file, temp.Combine("downloads"));
        }

        // and runs the command line the page shows
        var command = await page.InputValueAsync("#command");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        Assert.Equal($"jcmsim run {Path.Combine(relative, "baseline.yaml")} {Path.Combine(relative, "baseline-explored.yaml")} --trials 64 --seed {EstimateRequest.DefaultSeed}", command);
        var words = command.Split(' ');
        var loaded = ScenarioSet.Load([words[2], words[3]]);
        var run = await CliRun.RunAsync([words[2], words[3]], int.Parse(words[5], CultureInfo.InvariantCulture), ulong.Parse(words[7], CultureInfo.InvariantCulture), temp.Combine("cli"), writeCharts: true);

        // Then the saved file validates, extends the reference and states what moved
        Assert.Equal(["baseline", "baseline-explored"], loaded.Select(s => s.Scenario.Name));
        var text = await File.ReadAllTextAsync(yaml);
        Assert.Contains("extends: baseline.yaml\n", text, StringComparison.Ordinal);
        Assert.Contains("pipeline", text, StringComparison.Ordinal);

        // and the run has the numbers the page shows, to the last bit, and as the page prints them
        var variant = run.Summary.Scenarios[1];
        Assert.Equal(shown.Trials, variant.Trials);
        Assert.Equal("64", await page.InnerTextAsync("#trials"));
        foreach (var ((target, shownText), summary) in shown.Targets.Zip(shownTexts).Zip(variant.Targets))
        {
            Assert.Equal((summary.Probability, summary.CiLow, summary.CiHigh, summary.CumulativeMt.P50), (target.Probability, target.Low, target.High, target.MedianMt));
            Assert.Equal(Percent(summary.Probability), shownText);
            var comparison = Assert.Single(run.Summary.Comparison, c => c.FiscalYear == target.FiscalYear);
            Assert.Equal(comparison.Probability.Difference, target.Difference);
        }

        // and each downloaded PNG is the run's chart byte for byte, each SVG a chart of the same name, the workbook the run's sheet for sheet
        foreach (var (file, path) in saved.Where(s => s.Key.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(run.Folder, "charts", file)).AsSpan().SequenceEqual(File.ReadAllBytes(path)), file);
        }

        Assert.All(saved.Where(s => s.Key.EndsWith(".svg", StringComparison.Ordinal)), s =>
        {
            Assert.True(File.Exists(Path.Combine(run.Folder, "charts", s.Key)), s.Key);
            Assert.Contains("<svg", File.ReadAllText(s.Value), StringComparison.Ordinal);
        });
        var pageSheets = ResultWorkbook.Read(saved["results.xlsx"]);
        var cliSheets = ResultWorkbook.Read(Path.Combine(run.Folder, "results.xlsx"));
        Assert.Equal(cliSheets.Select(s => s.Name), pageSheets.Select(s => s.Name));
        foreach (var (expected, actual) in cliSheets.Zip(pageSheets).Where(p => p.First.Name != "Manifest"))
        {
            Assert.Equal(expected.Rows, actual.Rows);
        }

        Assert.Empty(browser.Blocked);
        Assert.Empty(browser.Errors);
    }

    // Clicks an export button and saves what the browser downloads under the name the page gave it.
    /// <summary>The explorer both page tests drive: embedded silo, 64 trials at most, a first wave of 32, so an estimate ends in seconds.</summary>
    private static Task<ExplorerServer> StartExplorerAsync(string scenariosFolder, string? commandFolder = null) => ExplorerServer.StartAsync(new ExplorerOptions
    {
        ScenariosFolder = scenariosFolder,
        CommandFolder = commandFolder,
        Port = 0,
        Engine = EngineChoice.Embedded,
        TrialCap = 64,
        FirstWaveTrials = 32,
    }, CancellationToken.None);

    private static async Task<string> DownloadAsync(IPage page, string button, string expectedName, string folder)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(button));
        Assert.Equal(expectedName, download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    // The page's percentage in English: one decimal below 10%, none above (explorer.js pct).
    private static string Percent(double p) => (100 * p).ToString(p < 0.1 ? "0.#" : "0", CultureInfo.InvariantCulture) + "%";

    // The README shows the page as this test leaves it.
    private static string GalleryPath(string name) => Path.Combine(Repository.Root, "tests", "JcmSim.Explorer.Tests", "Gallery", name);
}
