using JcmSim.Charts.Rendering;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tornado;
using JcmSim.Charts.Tests.Support;
using ScottPlot;

namespace JcmSim.Charts.Tests;

/// <summary>
/// Every chart kind rendered from the fixed sample results, in English and Japanese, as PNG and SVG
/// (left in TestOutput/cookbook for looking at): the PNG has print size and a drawn plot area, the
/// SVG parses.
/// </summary>
[Collection(SampleResultsCollection.Name)]
public sealed class ChartCookbookTests(SampleResultsFixture samples)
{
    public static TheoryData<string, string> Kinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "ja" })
        {
            foreach (var kind in new[]
            {
                "fan", "fan-single", "target-probability", "target-probability-single", "distribution-2030", "distribution-2040",
                "contributions-channel", "contributions-sector", "contributions-country", "contributions-channel-variant",
                "partners", "credits", "credits-omge", "comparison", "tornado-probability-2030", "tornado-median-2040", "tornado-flat",
                "observations-partners", "observations-credits",
            })
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Chart_renders_at_print_size_with_a_drawn_plot_area_and_valid_svg(string kind, string language)
    {
        // Given the sample results and a chart kind
        var options = new ChartOptions { Language = language };
        var plot = Build(kind, options);

        // When it is saved as PNG and SVG
        var folder = RepositoryPaths.Output(Path.Combine("cookbook", language));
        var png = Path.Combine(folder, kind + ".png");
        var svg = Path.Combine(folder, kind + ".svg");
        ChartExport.SavePng(plot, png);
        ChartExport.SaveSvg(plot, svg);

        // Then the PNG is 2400×1500 with something drawn in the plot area, and the SVG parses
        ImageAssert.PngHasDrawnPlotArea(png, plot);
        ImageAssert.SvgParses(svg);
    }

    [Fact]
    public void A_chart_gives_the_same_svg_whatever_was_drawn_before_it_in_the_process()
    {
        // Given a chart drawn as SVG
        var first = ChartExport.ToSvg(Build("fan", new ChartOptions()));

        // When other charts are drawn before the same chart is drawn again (Skia's clip-path ids count across the process)
        _ = ChartExport.ToSvg(Build("contributions-country", new ChartOptions()));
        _ = ChartExport.ToSvg(Build("partners", new ChartOptions { Language = "ja" }));
        var again = ChartExport.ToSvg(Build("fan", new ChartOptions()));

        // Then the two SVGs are the same, their clip paths numbered from the first
        Assert.Equal(first, again);
        Assert.Contains("id=\"clip1\"", first, StringComparison.Ordinal);
        Assert.Contains("url(#clip1)", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Chart_svg_is_the_same_with_the_small_map_face_as_with_the_full_face(string kind, string language)
    {
        // Given a chart drawn as PNG first, as a run draws it
        var options = new ChartOptions { Language = language };
        var plot = Build(kind, options);
        ChartExport.SavePng(plot, Path.Combine(RepositoryPaths.Output("small-map-face"), $"{kind}-{language}.png"));

        // When its SVG is made with the labels the small-map face covers drawn in it, and again all in the full face
        var small = ChartExport.ToSvg(plot);
        var full = ChartExport.ToSvg(plot, smallMapFace: false);

        // Then the two are the same bytes: every glyph reads back as the character the full map gives it
        Assert.Equal(full, small);
    }

    [Fact]
    public void Tick_labels_the_small_map_face_lacks_are_drawn_in_the_full_face()
    {
        // Given a chart never drawn before whose bottom tick labels, made while drawing, end in a kanji
        var plot = Build("fan", new ChartOptions());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => $"{v:0}年" };

        // When its SVG is made
        var small = ChartExport.ToSvg(plot);

        // Then the tick labels keep their kanji, as in the SVG drawn all in the full face
        Assert.Contains("年", small, StringComparison.Ordinal);
        Assert.Equal(ChartExport.ToSvg(plot, smallMapFace: false), small);
    }

    [Fact]
    public void Comparison_needs_two_scenarios()
    {
        Assert.Throws<ArgumentException>(() => ChartBook.ScenarioComparison(samples.One));
    }

    [Fact]
    public void Observations_chart_needs_a_modelled_observation_of_the_quantity()
    {
        Assert.Throws<ArgumentException>(() => ChartBook.Observations(samples.One, "moejProjectHostCountries"));
    }

    [Fact]
    public void Distribution_needs_a_target_year()
    {
        Assert.Throws<ArgumentException>(() => ChartBook.CumulativeDistribution(samples.One, 2035));
    }

    private Plot Build(string kind, ChartOptions options)
    {
        RunResults three = samples.Three, one = samples.One;
        var tornado = SampleTornado.Create();
        var metrics = TornadoMetric.For(tornado.Targets);
        return kind switch
        {
            "fan" => ChartBook.FanChart(three, options),
            "fan-single" => ChartBook.FanChart(one, options),
            "target-probability" => ChartBook.TargetProbabilities(three, options),
            "target-probability-single" => ChartBook.TargetProbabilities(one, options),
            "distribution-2030" => ChartBook.CumulativeDistribution(three, 2030, options),
            "distribution-2040" => ChartBook.CumulativeDistribution(one, 2040, options),
            "contributions-channel" => ChartBook.Contributions(one, Breakdown.Channel, 0, options),
            "contributions-sector" => ChartBook.Contributions(one, Breakdown.Sector, 0, options),
            "contributions-country" => ChartBook.Contributions(one, Breakdown.Country, 0, options),
            "contributions-channel-variant" => ChartBook.Contributions(three, Breakdown.Channel, 1, options),
            "partners" => ChartBook.PartnerCount(one, 0, options),
            "credits" => ChartBook.CreditsSplit(one, 0, options),
            "credits-omge" => ChartBook.CreditsSplit(three, 2, options),
            "comparison" => ChartBook.ScenarioComparison(three, options),
            "tornado-probability-2030" => ChartBook.Tornado(tornado, metrics[0], options),
            "tornado-median-2040" => ChartBook.Tornado(tornado, metrics[2], options),
            "tornado-flat" => ChartBook.Tornado(SampleTornado.Flat(), metrics[0], options),
            "observations-partners" => ChartBook.Observations(one, "partnersSigned", 0, options),
            "observations-credits" => ChartBook.Observations(one, "creditsIssuedCumulativeT", 0, options),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
