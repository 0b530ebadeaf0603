using JcmSim.Runs;
using System.Text.RegularExpressions;
using JcmSim.Charts.Reports;
using JcmSim.Charts.Tests.Support;

namespace JcmSim.Charts.Tests;

/// <summary>report.html: self-contained, complete, localised, and clean when a real browser opens it.</summary>
[Collection(SampleResultsCollection.Name)]
public sealed partial class ReportTests(SampleResultsFixture samples)
{
    // Rendering a report renders its twenty charts: once per language for all tests here.
    private static readonly Dictionary<string, (string Folder, IReadOnlyList<Rendering.RenderedChart> Charts)> Rendered = [];
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Report_is_one_self_contained_file_with_every_section(string language)
    {
        var (folder, charts) = Render(language);
        var html = File.ReadAllText(Path.Combine(folder, ReportHtml.FileName));

        // Self-contained: no script, stylesheet link, image, frame or remote URL; charts are inline SVG.
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Equal(charts.Count, Regex.Matches(html, "<figure").Count);
        Assert.Equal(charts.Count, Regex.Matches(html, "<svg ").Count);

        // Every section, with the run's own numbers and inputs.
        foreach (var id in new[] { "summary", "comparison", "observations", "charts", "assumptions", "method", "manifest" })
        {
            Assert.Contains($"<section id=\"{id}\">", html);
        }

        var reference = samples.Three.Reference;
        var numbers = Localization.ChartText.For(language).Numbers;
        Assert.Contains(numbers.Percent(reference.Targets[0].Probability), html);
        Assert.Contains("sectors.solar.sizeTco2PerYear", html);
        Assert.Contains("channels.moej.budgetMultiplier", html);
        Assert.Contains("partners.*.countryRiskPremium", html);
        Assert.Contains("partners.MNG.countryRiskPremium", html);
        Assert.Contains("lognormal(median 5000, sigma 0.8)", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(samples.Three.Manifest.CommandLine), html);
        Assert.Contains(new string('a', 64), html);
        Assert.Contains($"<html lang=\"{language}\">", html);
        // The record beside the model: every observation a row, the one the model cannot produce named as such.
        var text = Localization.ReportText.For(language);
        foreach (var row in ObservationTable.Rows(samples.Three.Reference.Observations, language))
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(row[0]), html);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(row[4]), html);
        }

        Assert.Contains(System.Net.WebUtility.HtmlEncode(Localization.ChartText.Format(text.NotModelledFormat, SampleRun.NotModelledBecause)), html);
        if (language == "ja")
        {
            Assert.Contains("実績とモデル", html);
            Assert.Contains("目標の達成確率", html);
            Assert.Contains("前提条件", html);
            Assert.Contains("民間資金倍増", html);
            Assert.DoesNotContain("Probability of meeting each target", html);
        }
    }

    [Fact]
    public void Ids_of_inline_svgs_are_unique()
    {
        var html = File.ReadAllText(Path.Combine(Render("en").Folder, ReportHtml.FileName));
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Browser_check_catches_console_errors_uncaught_exceptions_failed_loads_and_remote_requests()
    {
        // Given a page that does everything the report must not do
        using var temp = new TempDirectory();
        var page = temp.Combine("bad.html");
        await File.WriteAllTextAsync(page, """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body>
            <p>日本語</p><img src="missing.png"><img src="http://jcmsim.invalid/x.png">
            <script>console.error("boom"); undefinedFunction();</script>
            </body></html>
            """);

        // When Chromium opens it
        var report = await HeadlessChromium.OpenAsync(new Uri(page).AbsoluteUri, temp.Combine("bad.png"));

        // Then each problem is reported
        Assert.Contains(report.Errors, e => e.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.StartsWith("Uncaught", StringComparison.Ordinal) && e.Contains("undefinedFunction", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Contains("missing.png", StringComparison.Ordinal));
        Assert.Contains(report.Requests, r => r.StartsWith("http://jcmsim.invalid/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task Report_opens_in_headless_chromium_without_errors_or_network_requests(string language)
    {
        // Given the report of the sample run
        var (folder, charts) = Render(language);

        // When Chromium opens it and takes a full-page screenshot
        var screenshot = Path.Combine(folder, "report-screenshot.png");
        var report = await HeadlessChromium.OpenAsync(new Uri(Path.Combine(folder, ReportHtml.FileName)).AbsoluteUri, screenshot);

        // Then nothing went wrong, nothing was fetched but the file itself, and every chart is there
        Assert.True(report.Errors.Count == 0, "Console errors: " + string.Join(" | ", report.Errors));
        Assert.All(report.Requests, r => Assert.StartsWith("file://", r));
        Assert.Equal(charts.Count, report.InlineSvgFigures);
        Assert.True(report.Height > 5000, $"The page is only {report.Height} px high.");
        Assert.True(new FileInfo(screenshot).Length > 100_000);
    }

    private (string Folder, IReadOnlyList<Rendering.RenderedChart> Charts) Render(string language)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(language, out var rendered))
            {
                var folder = RepositoryPaths.Output(Path.Combine("report", language));
                Rendered[language] = rendered = (folder, ResultFolderRenderer.Render(samples.Three, folder, new ChartOptions { Language = language }));
            }

            return rendered;
        }
    }

    [GeneratedRegex("<script|<link|<img|<iframe|<object|<embed|@import|src=|url\\(https?:|href=\"https?:")]
    private static partial Regex ExternalReference();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
