using JcmSim.Model.Scenarios.Parameters;
using System.Reflection;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Style;
using JcmSim.Charts.Tests.Support;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using SkiaSharp;

namespace JcmSim.Charts.Tests;

/// <summary>
/// The chart typeface has a glyph for every character the Japanese charts draw, so nothing renders
/// as a tofu box. The check itself is shown to fail on characters the typeface lacks.
/// </summary>
[Collection(SampleResultsCollection.Name)]
public sealed class GlyphCoverageTests(SampleResultsFixture samples) : IDisposable
{
    private readonly SKTypeface _typeface = ChartFonts.OpenTypeface();

    [Fact]
    public void The_chart_font_is_Noto_Sans_CJK_JP_from_fonts_noto_cjk()
    {
        Assert.Equal("Noto Sans CJK JP", _typeface.FamilyName);
        Assert.StartsWith("/usr/share/fonts/", ChartFonts.RegularPath);
        using var bold = ChartFonts.OpenTypeface(bold: true);
        Assert.True(bold.IsBold);
    }

    [Fact]
    public void Missing_glyphs_are_reported_so_the_check_can_fail()
    {
        // Thai and emoji are not in Noto Sans CJK: the check must name them, and only them.
        Assert.Equal(["ก", "😀"], GlyphCoverage.MissingCharacters(_typeface, "FY2030年度 ก 百万tCO2 😀"));
        Assert.Empty(GlyphCoverage.MissingCharacters(_typeface, "FY2030年度 百万tCO2"));
    }

    [Fact]
    public void Every_fixed_Japanese_text_has_glyphs()
    {
        var texts = Strings(ChartText.Japanese)
            .Concat(Strings(ReportText.Japanese))
            .Concat(ReportText.Japanese.MethodParagraphs)
            .Concat(ParameterLabels.Fields.Values.Select(v => v.In("ja")))
            .Concat(ParameterLabels.Sections.Values.Select(v => v.In("ja")))
            .Append(Numbers.Japanese.RangeMark)
            .Append(Numbers.Japanese.PercentagePoints(-0.05));
        AssertCovered(texts);
    }

    [Fact]
    public void Every_Japanese_name_in_the_baseline_scenario_has_glyphs()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Baseline);
        AssertCovered(Names(scenario));
        AssertCovered(ScenarioParameters.All(scenario).Select(p => p.Label.In("ja")));
    }

    [Fact]
    public void Every_text_drawn_on_the_Japanese_charts_has_glyphs()
    {
        var options = new ChartOptions { Language = "ja" };
        var charts = ResultCharts.For(samples.Three, options).Concat(ResultCharts.For(SampleTornado.Create(), options));
        var texts = charts.SelectMany(c => PlotTexts.Collect(c.Build())).ToList();
        Assert.Contains(texts, t => t.Contains("年度", StringComparison.Ordinal));
        AssertCovered(texts);
    }

    public void Dispose() => _typeface.Dispose();

    private void AssertCovered(IEnumerable<string> texts)
    {
        var missing = texts.SelectMany(t => GlyphCoverage.MissingCharacters(_typeface, t).Select(c => (Char: c, Text: t))).ToList();
        Assert.True(missing.Count == 0, "No glyph for: " + string.Join(", ", missing.Select(m => $"'{m.Char}' (U+{char.ConvertToUtf32(m.Char, 0):X4}) in \"{m.Text}\"")));
    }

    private static IEnumerable<string> Strings(object texts) =>
        texts.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(texts)!);

    private static IEnumerable<string> Names(Scenario scenario) =>
        new[] { scenario.Title }
            .Concat(scenario.Sectors.Select(s => s.Name))
            .Concat(scenario.Channels.Select(c => c.Name))
            .Concat(scenario.Partners.Select(p => p.Name))
            .Concat(scenario.Expansion.Candidates.Select(c => c.Name))
            .Select(t => t.In("ja"));
}
