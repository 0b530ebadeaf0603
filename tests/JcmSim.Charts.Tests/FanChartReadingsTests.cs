using JcmSim.Charts.Rendering;
using JcmSim.Charts.Tests.Support;
using ScottPlot;
using ScottPlot.Plottables;

namespace JcmSim.Charts.Tests;

/// <summary>The fan chart draws the tested reading's fan and the other readings' medians as dashed lines, in English and Japanese.</summary>
[Collection(SampleResultsCollection.Name)]
public sealed class FanChartReadingsTests(SampleResultsFixture samples)
{
    [Theory]
    [InlineData("en", "Expected reductions of selected projects (median)", "Realised reductions (live frameworks)")]
    [InlineData("ja", "採択案件の想定削減量（中央値）", "実現削減量（有効な枠組み内）")]
    public void Fan_shows_the_tested_reading_and_the_other_readings_medians(string language, string otherEntry, string testedName)
    {
        // Given a run tested against realised reductions
        var plot = ChartBook.FanChart(samples.One, new ChartOptions { Language = language });

        // Then the three other readings are dashed median lines with their own legend entries
        var dashed = plot.GetPlottables<Scatter>().Where(s => s.LinePattern.Equals(LinePattern.Dashed)).ToList();
        Assert.Equal(3, dashed.Count);
        Assert.Contains(plot.Legend.ManualItems, i => i.LabelText == otherEntry);
        Assert.DoesNotContain(plot.Legend.ManualItems, i => i.LabelText.StartsWith(testedName, StringComparison.Ordinal));

        // And the chart renders at print size
        var png = Path.Combine(RepositoryPaths.Output(Path.Combine("readings", language)), "fan-readings.png");
        ChartExport.SavePng(plot, png);
        ImageAssert.PngHasDrawnPlotArea(png, plot);
    }
}
