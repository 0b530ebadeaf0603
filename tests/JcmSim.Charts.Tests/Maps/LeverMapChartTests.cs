using JcmSim.Analysis.Contours;
using JcmSim.Charts.Maps;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Style;
using JcmSim.Charts.Studies;
using JcmSim.Charts.Tests.Support;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Tests.Maps;

/// <summary>
/// The lever map rendered from a small fixed map, in English and Japanese, as PNG and SVG (left in
/// TestOutput/maps for looking at): print size, a drawn plot area, an SVG that parses, the texts a
/// reader needs (target in the title, contour labels, capital in JPY per year) and one line per contour piece.
/// </summary>
public sealed class LeverMapChartTests
{
    private const int Trials = 400;

    [Theory]
    [InlineData("en", "Probability of at least 200 MtCO2 of cumulative reductions by FY2040", "¥300 bn", "JPY per year in FY2040")]
    [InlineData("ja", "2040年度までに累積削減量200百万tCO2以上となる確率", "3,000億円", "2040年度の年間額")]
    public void Lever_map_renders_at_print_size_with_its_target_contours_and_units(string language, string title, string capitalTick, string capitalAxis)
    {
        // Given a map whose probability rises with both levers
        var data = Sample();
        var plot = MapCharts.LeverMap(data, new ChartOptions { Language = language });

        // When it is saved as PNG and SVG
        var folder = RepositoryPaths.Output(Path.Combine("maps", language));
        var png = Path.Combine(folder, "map-2040.png");
        var svg = Path.Combine(folder, "map-2040.svg");
        ChartExport.SavePng(plot, png);
        ChartExport.SaveSvg(plot, svg);

        // Then the files are complete and the chart says what it shows
        Assert.True(new FileInfo(png).Length > 50_000, $"{png} is suspiciously small.");
        ImageAssert.PngHasDrawnPlotArea(png, plot);
        ImageAssert.SvgParses(svg);
        plot.RenderInMemory(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
        var texts = string.Join("\n", PlotTexts.Collect(plot).Concat(plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label)));
        foreach (var expected in new[] { title, "50%", "80%", capitalTick, capitalAxis, "×5", language == "ja" ? "シード 7" : "seed 7" })
        {
            Assert.Contains(expected, texts);
        }

        var lines = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Count();
        Assert.Equal(data.Contours.Sum(c => c.Lines.Count), lines);
    }

    [Fact]
    public void A_level_the_map_never_reaches_is_named_in_the_legend_and_not_drawn()
    {
        var flat = Sample() with { Probability = new double[9, 9] };
        var xs = flat.X.Levels;
        flat = flat with { Contours = [MarchingSquares.Trace(xs, flat.Y.Levels, flat.Probability, 0.5), MarchingSquares.Trace(xs, flat.Y.Levels, flat.Probability, 0.8)] };

        var plot = MapCharts.LeverMap(flat);

        Assert.Empty(plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>());
        Assert.Contains(plot.Legend.ManualItems, i => i.LabelText == "P = 50%: not on the map (P < 50% everywhere)");
    }

    [Fact]
    public void Every_Japanese_text_of_the_map_has_glyphs()
    {
        using var typeface = ChartFonts.OpenTypeface();
        var plot = MapCharts.LeverMap(Sample(), new ChartOptions { Language = "ja" });
        var texts = LeverMapText.Japanese.All().Concat(PlotTexts.Collect(plot));

        Assert.Empty(texts.SelectMany(t => GlyphCoverage.MissingCharacters(typeface, t)));
    }

    [Fact]
    public void Probabilities_that_do_not_match_the_levels_are_refused()
    {
        var data = Sample() with { Probability = new double[3, 9] };

        var thrown = Assert.Throws<ArgumentException>(() => MapCharts.LeverMap(data));

        Assert.Contains("9 × 9", thrown.Message);
    }

    // P(met) over private capital ×0–×20 (¥60 bn/yr at ×1) and 0–6 new partners a year, rising
    // with both, rounded to whole trials as a real map is.
    private static LeverMapData Sample()
    {
        var xs = Enumerable.Range(0, 9).Select(i => i * 2.5).ToArray();
        var ys = Enumerable.Range(0, 9).Select(i => i * 0.75).ToArray();
        var p = new double[9, 9];
        for (var i = 0; i < 9; i++)
        {
            for (var j = 0; j < 9; j++)
            {
                var z = (0.35 * (xs[i] - 8)) + (0.9 * (ys[j] - 2.5));
                p[i, j] = Math.Round(Trials / (1 + Math.Exp(-z))) / Trials;
            }
        }

        var provenance = new StudyProvenance("0.1.0", "baseline", new LocalizedText("Current policy", "現行政策"), Trials, 7);
        var capital = new StudyInput(new LocalizedText("Private capital per year (all private channels): multiplier", "民間資金（全民間チャネル）の倍率"), "×", 0.5, 20);
        var partners = new StudyInput(new LocalizedText("New partners: joining rate per year", "新規パートナー：年間の加入数"), "partners/yr", 0, 6);
        return new LeverMapData(provenance, new ReductionTarget(2040, 200), new LeverMapAxis(capital, xs, 60e9), new LeverMapAxis(partners, ys), p,
            [MarchingSquares.Trace(xs, ys, p, 0.5), MarchingSquares.Trace(xs, ys, p, 0.8)]);
    }
}
