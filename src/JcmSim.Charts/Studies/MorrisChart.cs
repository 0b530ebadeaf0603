using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>Morris μ* against σ per input, labelled, with the μ* bootstrap interval and the σ = μ* line.</summary>
internal static class MorrisChart
{
    public static Plot Build(MorrisChartData data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var indices = data.Indices;
        if (indices.Count == 0 || indices.Any(i => i.Input < 0 || i.Input >= data.Inputs.Count))
        {
            throw new ArgumentException($"Every Morris index needs an input among the {data.Inputs.Count} given.", nameof(data));
        }

        var confidence = common.Numbers.Percent(data.Confidence).Replace(".0%", "%", StringComparison.Ordinal);
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.MorrisTitleFormat, data.Output.In(common.Language)),
            ChartText.Format(text.MorrisSubtitleFormat, StudyFooter.Scenario(common, data.Provenance), common.Numbers.Count(data.Trajectories), common.Numbers.Count(data.Provenance.TrialsPerPoint), confidence),
            StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;

        var right = Math.Max(indices.Max(i => Math.Max(i.MuStarHigh, i.MuStar)), 1e-12) * 1.25;
        var top = Math.Max(indices.Max(i => i.Sigma), 1e-12) * 1.2;
        var diagonal = Math.Min(right, top);
        var line = plot.Add.Line(0, 0, diagonal, diagonal);
        line.Color = ChartStyle.AxisColor;
        line.LineWidth = 1.5f;
        line.LinePattern = LinePattern.Dashed;

        foreach (var index in indices)
        {
            Whiskers.Horizontal(plot, index.MuStarLow, index.MuStarHigh, index.Sigma, top * 0.025);
            var point = plot.Add.Marker(index.MuStar, index.Sigma, MarkerShape.FilledCircle, 11, OkabeIto.Blue);
            point.LegendText = "";
        }

        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.MorrisInputs, OkabeIto.Blue, width: 0, marker: MarkerShape.FilledCircle));
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.MorrisDiagonal, ChartStyle.AxisColor, width: 1.5f, pattern: LinePattern.Dashed));
        ChartStyle.ShowLegendBelow(plot);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.NumberTicks(plot.Axes.Left);
        plot.Grid.XAxisStyle.IsVisible = true;
        var unitless = string.IsNullOrEmpty(data.OutputUnit);
        plot.Axes.Bottom.Label.Text = unitless ? text.MorrisMuStarAxis : ChartText.Format(text.MorrisMuStarAxisFormat, data.OutputUnit);
        plot.Axes.Left.Label.Text = unitless ? text.MorrisSigmaAxis : ChartText.Format(text.MorrisSigmaAxisFormat, data.OutputUnit);
        plot.Axes.SetLimits(-0.02 * right, right, -0.04 * top, top);

        // Last: the labels are placed on the final layout.
        using (var labels = new PointLabels(plot))
        {
            labels.Add(indices.Select(i => (i.MuStar, i.Sigma, data.Inputs[i.Input].Name.In(common.Language))).ToList());
        }

        return plot;
    }
}
