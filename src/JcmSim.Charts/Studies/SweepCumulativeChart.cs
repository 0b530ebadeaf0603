using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>One-input sweep: median cumulative reductions by a year against the input, 5–95% band, the target.</summary>
internal static class SweepCumulativeChart
{
    public static Plot Build(SweepChartData data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var cumulative = data.Cumulative ?? throw new ArgumentException("The sweep has no cumulative quantiles (SweepChartData.Cumulative is null).", nameof(data));
        var n = data.Values.Count;
        if (n == 0 || cumulative.MedianMt.Count != n || cumulative.P5Mt.Count != n || cumulative.P95Mt.Count != n)
        {
            throw new ArgumentException($"The cumulative quantiles must have one value per input value ({n}).", nameof(data));
        }

        var order = Enumerable.Range(0, n).OrderBy(i => data.Values[i]).ToArray();
        var xs = order.Select(i => data.Values[i]).ToArray();
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.SweepCumulativeTitleFormat, cumulative.FiscalYear, data.Input.Name.In(common.Language)),
            ChartText.Format(text.SweepCumulativeSubtitleFormat, StudyFooter.Scenario(common, data.Provenance), common.Numbers.Count(n), common.Numbers.Count(data.Provenance.TrialsPerPoint)),
            StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;
        var color = OkabeIto.Blue;
        var band = plot.Add.FillY(xs, order.Select(i => cumulative.P95Mt[i]).ToArray(), order.Select(i => cumulative.P5Mt[i]).ToArray());
        band.FillColor = color.WithAlpha(0.2);
        band.LineWidth = 0;
        var line = plot.Add.ScatterLine(xs, order.Select(i => cumulative.MedianMt[i]).ToArray(), color);
        line.LineWidth = 2.5f;
        line.MarkerSize = n <= 40 ? 7 : 0;
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(common.Median, color, marker: n <= 40 ? MarkerShape.FilledCircle : MarkerShape.None));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.Interval5To95, color.WithAlpha(0.2)));

        var top = cumulative.P95Mt.Max();
        var span = xs[^1] - xs[0];
        var pad = span > 0 ? span * 0.03 : Math.Max(1, Math.Abs(xs[0]) * 0.1);
        if (cumulative.ThresholdMt is { } threshold)
        {
            var target = plot.Add.HorizontalLine(threshold, 1.5f, ChartStyle.TargetColor, LinePattern.Dashed);
            target.LegendText = "";
            var label = ChartText.Format(common.TargetFormat, cumulative.FiscalYear, common.Numbers.Plain(threshold));
            ChartStyle.AddNote(plot, label, xs[0] - pad, threshold, Alignment.LowerLeft, offsetX: 6, offsetY: -4, bold: true);
            top = Math.Max(top, threshold);
        }

        ChartStyle.ShowLegendBelow(plot);
        ChartStyle.NumberTicks(plot.Axes.Left);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        plot.Axes.Left.Label.Text = ChartText.Format(text.CumulativeByAxisFormat, cumulative.FiscalYear);
        plot.Axes.Bottom.Label.Text = data.Input.Label(common.Language);
        plot.Axes.SetLimits(xs[0] - pad, xs[^1] + pad, Math.Min(0, cumulative.P5Mt.Min()), top * 1.12);
        return plot;
    }
}
