using JcmSim.Analysis.Studies;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>Morris μ* against σ per input, labelled, with the μ* bootstrap interval and the σ = μ* line.</summary>
internal static class MorrisChart
{
    public static Plot Build(MorrisResult data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var indices = data.Indices.Inputs;
        var inputs = data.Study.Inputs;
        if (indices.Count == 0 || indices.Any(i => i.Input < 0 || i.Input >= inputs.Count))
        {
            throw new ArgumentException($"Every Morris index needs an input among the {inputs.Count} given.", nameof(data));
        }

        var provenance = StudyProvenance.Of(data.Study);

        var confidence = common.Numbers.Percent(data.Indices.Confidence).Replace(".0%", "%", StringComparison.Ordinal);
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.MorrisTitleFormat, data.Study.OutputName.In(common.Language)),
            ChartText.Format(text.MorrisSubtitleFormat, StudyFooter.Scenario(common, provenance), common.Numbers.Count(data.Indices.Trajectories), common.Numbers.Count(provenance.TrialsPerPoint), confidence),
            StudyFooter.Format(common, provenance));
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
        var unitless = string.IsNullOrEmpty(data.Study.OutputUnit);
        plot.Axes.Bottom.Label.Text = unitless ? text.MorrisMuStarAxis : ChartText.Format(text.MorrisMuStarAxisFormat, data.Study.OutputUnit);
        plot.Axes.Left.Label.Text = unitless ? text.MorrisSigmaAxis : ChartText.Format(text.MorrisSigmaAxisFormat, data.Study.OutputUnit);
        plot.Axes.SetLimits(-0.02 * right, right, -0.04 * top, top);

        // Last: the labels are placed on the final layout.
        using (var labels = new PointLabels(plot))
        {
            labels.Add(indices.Select(i => (i.MuStar, i.Sigma, inputs[i.Input].Label.In(common.Language))).ToList());
        }

        return plot;
    }
}
