using JcmSim.Charts.Rendering;
using JcmSim.Charts.Studies;
using JcmSim.Charts.Style;
using JcmSim.Charts.Tests.Support;
using ScottPlot;

namespace JcmSim.Charts.Tests.Studies;

/// <summary>
/// Every study chart kind rendered from a small fixed data set, in English and Japanese, as PNG and
/// SVG (left in TestOutput/studies for looking at): print size, a drawn plot area, an SVG that parses,
/// and the texts a reader needs.
/// </summary>
public sealed class StudyChartTests
{
    public static TheoryData<string, string> Kinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "ja" })
        {
            foreach (var kind in new[] { "sweep", "sweep-cumulative", "heatmap-grid", "heatmap-lhs", "sobol", "morris", "prim-trajectory", "prim-box", "prim-box-long-names" })
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Study_chart_renders_at_print_size_with_its_texts(string kind, string language)
    {
        // Given a small study result and a chart kind
        var options = new ChartOptions { Language = language };
        var plot = Build(kind, options);

        // When it is saved as PNG and SVG
        var folder = RepositoryPaths.Output(Path.Combine("studies", language));
        var png = Path.Combine(folder, kind + ".png");
        var svg = Path.Combine(folder, kind + ".svg");
        ChartExport.SavePng(plot, png);
        ChartExport.SaveSvg(plot, svg);

        // Then the files are complete and the chart says what it shows
        Assert.True(new FileInfo(png).Length > 50_000, $"{png} is suspiciously small.");
        ImageAssert.PngHasDrawnPlotArea(png, plot);
        ImageAssert.SvgParses(svg);
        var texts = string.Join("\n", PlotTexts.Collect(plot));
        foreach (var expected in ExpectedTexts(kind, language))
        {
            Assert.Contains(expected, texts);
        }

        Assert.Contains(language == "ja" ? "シード 7" : "seed 7", texts);
    }

    [Fact]
    public void Sobol_bars_are_sorted_by_total_order_largest_on_top()
    {
        var data = SampleStudies.Sobol();
        var plot = StudyCharts.Sobol(data);

        plot.RenderInMemory(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
        var ticks = plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label).ToArray();
        var expected = data.Indices.Inputs.OrderByDescending(i => i.Total).Select(i => data.Study.Inputs[i.Input].Label.En).ToArray();
        Assert.Equal(expected, ticks);
        Assert.Equal("Private capital multiplier", ticks[0]);
    }

    [Fact]
    public void Heatmap_of_a_grid_draws_one_cell_per_point()
    {
        var data = SampleStudies.Grid();

        var plot = StudyCharts.SweepHeatmap(data);

        Assert.Equal(81, plot.GetPlottables().OfType<ScottPlot.Plottables.Rectangle>().Count());
        Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>());
    }

    [Fact]
    public void Heatmap_of_a_grid_labels_the_design_levels_only()
    {
        var data = SampleStudies.Grid() with { X = SampleStudies.Grid().X.Select(x => (3 * x) - 1).ToList() };
        var plot = StudyCharts.SweepHeatmap(data);

        plot.RenderInMemory(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Position).ToArray();

        Assert.Equal(data.X.Distinct().Order(), ticks.Order());
    }

    [Fact]
    public void Morris_labels_of_crowded_points_do_not_overlap()
    {
        // Eight inputs crowded near the origin, as in the baseline's screening.
        var data = SampleStudies.Morris();
        var crowded = Enumerable.Range(0, 8).Select(i => new JcmSim.Analysis.Studies.MorrisIndex(i % 5, 2 + i, 2 + i, 1 + (i * 0.7), 1 + i, 3 + i)).ToList();
        crowded.Add(new JcmSim.Analysis.Studies.MorrisIndex(0, 300, 300, 150, 250, 350));
        var inputs = Enumerable.Range(0, 9).Select(i => new StudyInput(new JcmSim.Model.Scenarios.LocalizedText($"Input number {i} with a long name"))).ToList();
        var crowdedData = data with
        {
            Study = data.Study with { Inputs = SampleStudies.StudyInputs(inputs) },
            Indices = data.Indices with { Inputs = crowded.Select((c, i) => c with { Input = i }).ToList() },
        };

        var plot = StudyCharts.Morris(crowdedData);
        var png = Path.Combine(RepositoryPaths.Output("studies"), "morris-crowded.png");
        ChartExport.SavePng(plot, png);

        // Label rectangles in layout pixels of the rendered chart (12 px text, as drawn).
        plot.RenderInMemory(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
        using var typeface = ChartFonts.OpenTypeface();
        using var font = new SkiaSharp.SKFont(typeface, 12);
        var boxes = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t =>
        {
            var anchor = plot.GetPixel(t.Location);
            var width = font.MeasureText(t.LabelText);
            var left = anchor.X + t.OffsetX - (t.LabelAlignment == Alignment.LowerRight ? width : 0);
            var bottom = anchor.Y + t.OffsetY;
            return new SkiaSharp.SKRect(left, bottom - 12, left + width, bottom);
        }).ToList();
        Assert.Equal(9, boxes.Count);
        for (var a = 0; a < boxes.Count; a++)
        {
            for (var b = 0; b < a; b++)
            {
                Assert.False(boxes[a].IntersectsWith(boxes[b]), $"Labels {a} and {b} overlap: {boxes[a]} and {boxes[b]}.");
            }
        }
    }

    [Fact]
    public void Morris_axes_of_a_dimensionless_output_carry_no_empty_unit()
    {
        var morris = SampleStudies.Morris();
        var data = morris with { Study = morris.Study with { Output = "probability" } };

        var texts = PlotTexts.Collect(StudyCharts.Morris(data));

        Assert.Contains("σ, spread of the effects", texts);
        Assert.DoesNotContain(texts, t => t.Contains("()", StringComparison.Ordinal));
    }

    [Fact]
    public void Prim_box_chart_needs_the_range_of_each_restricted_input()
    {
        var data = SampleStudies.Prim();
        var withoutRanges = data with { Inputs = data.Inputs.Select(i => i with { Low = null, High = null }).ToList() };

        var thrown = Assert.Throws<ArgumentException>(() => StudyCharts.PrimBox(withoutRanges));

        Assert.Contains("studied range", thrown.Message);
    }

    [Fact]
    public void Sweep_series_must_match_the_values()
    {
        var data = SampleStudies.Sweep();
        var broken = data with { Values = data.Values.Skip(1).ToArray() };

        Assert.Throws<ArgumentException>(() => StudyCharts.Sweep(broken));
        Assert.Throws<ArgumentException>(() => StudyCharts.SweepCumulative(data with { Cumulative = null }));
    }

    [Fact]
    public void Every_study_chart_text_has_glyphs_in_the_chart_font()
    {
        using var typeface = ChartFonts.OpenTypeface();
        var missing = StudyChartText.Japanese.All().Concat(StudyChartText.English.All())
            .SelectMany(t => GlyphCoverage.MissingCharacters(typeface, t)).Distinct().ToList();

        Assert.Empty(missing);
    }

    private static Plot Build(string kind, ChartOptions options) => kind switch
    {
        "sweep" => StudyCharts.Sweep(SampleStudies.Sweep(), options),
        "sweep-cumulative" => StudyCharts.SweepCumulative(SampleStudies.Sweep(), options),
        "heatmap-grid" => StudyCharts.SweepHeatmap(SampleStudies.Grid(), options),
        "heatmap-lhs" => StudyCharts.SweepHeatmap(SampleStudies.Scatter(), options),
        "sobol" => StudyCharts.Sobol(SampleStudies.Sobol(), options),
        "morris" => StudyCharts.Morris(SampleStudies.Morris(), options),
        "prim-trajectory" => StudyCharts.PrimTrajectory(SampleStudies.Prim(), options),
        "prim-box" => StudyCharts.PrimBox(SampleStudies.Prim(), options),
        "prim-box-long-names" => StudyCharts.PrimBox(LongNames(SampleStudies.Prim()), options),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // Names as long as the baseline's parameter labels, so the box sentence needs two lines.
    private static PrimChartData LongNames(PrimChartData data) => data with
    {
        Inputs = data.Inputs.Select(i => i with { Name = new JcmSim.Model.Scenarios.LocalizedText($"{i.Name.En} of all private finance channels together", $"{i.Name.In("ja")}（全ての民間資金チャネルの合計に対する倍率）") }).ToList(),
    };

    private static IEnumerable<string> ExpectedTexts(string kind, string language)
    {
        var ja = language == "ja";
        return kind switch
        {
            "sweep" => [ja ? "民間資金の倍率" : "Private capital multiplier", ja ? "2040年度目標（200百万t）" : "FY2040 target (200 Mt)", ja ? "95%区間" : "95% interval"],
            "sweep-cumulative" => [ja ? "中央値" : "Median", ja ? "2030年度目標：100百万t" : "FY2030 target: 100 Mt"],
            "heatmap-grid" => [ja ? "年間新規パートナー数" : "New partners per year", ja ? "達成確率50%以上" : "P ≥ 50%"],
            "heatmap-lhs" => [ja ? "ラテン超方格" : "Latin hypercube", ja ? "達成確率80%以上" : "P ≥ 80%"],
            "sobol" => [ja ? "総合指数" : "Total order", ja ? "協定延長確率" : "Agreement extension probability"],
            "morris" => ["μ*", ja ? "クレジット価格の趨勢" : "Credit price trend"],
            "prim-trajectory" => [ja ? "選ばれた箱" : "Chosen box", ja ? "カバレッジ" : "Coverage"],
            "prim-box" => [ja ? "2030年度目標が未達となるのは、主に" : "The FY2030 target is missed mostly when", ja ? "民間資金の倍率" : "Private capital multiplier"],
            "prim-box-long-names" => [ja ? "（カバレッジ" : "(coverage"],
            _ => [],
        };
    }
}
