using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>One-input sweep: P(target) per target against the input, with 95% Wilson bands.</summary>
internal static class SweepChart
{
    public static Plot Build(SweepChartData data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var n = data.Values.Count;
        if (n == 0 || data.Targets.Count == 0)
        {
            throw new ArgumentException("A sweep chart needs at least one point and one target.", nameof(data));
        }

        foreach (var series in data.Targets)
        {
            if (series.Probability.Count != n || series.Low.Count != n || series.High.Count != n)
            {
                throw new ArgumentException($"The FY{series.Target.FiscalYear} series has {series.Probability.Count} probabilities for {n} input values.", nameof(data));
            }
        }

        var order = Enumerable.Range(0, n).OrderBy(i => data.Values[i]).ToArray();
        var xs = order.Select(i => data.Values[i]).ToArray();
        var input = data.Input.Label(common.Language);
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.SweepTitleFormat, data.Input.Name.In(common.Language)),
            ChartText.Format(text.SweepSubtitleFormat, StudyFooter.Scenario(common, data.Provenance), common.Numbers.Count(n), common.Numbers.Count(data.Provenance.TrialsPerPoint)),
            StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;

        for (var t = 0; t < data.Targets.Count; t++)
        {
            var series = data.Targets[t];
            var color = OkabeIto.Category(t);
            var band = plot.Add.FillY(xs, order.Select(i => 100 * series.High[i]).ToArray(), order.Select(i => 100 * series.Low[i]).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var line = plot.Add.ScatterLine(xs, order.Select(i => 100 * series.Probability[i]).ToArray(), color);
            line.LineWidth = 2.5f;
            line.MarkerSize = n <= 40 ? 7 : 0;
            line.MarkerShape = MarkerShape.FilledCircle;
            plot.Legend.ManualItems.Add(ChartStyle.LineEntry(
                ChartText.Format(common.ProbabilityGroupFormat, series.Target.FiscalYear, common.Numbers.Plain(series.Target.ThresholdMt)),
                color,
                marker: n <= 40 ? MarkerShape.FilledCircle : MarkerShape.None));
        }

        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.Interval95, Colors.Gray.WithAlpha(0.3)));
        ChartStyle.ShowLegendBelow(plot);
        ChartStyle.PercentTicks(plot.Axes.Left, 20);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        plot.Axes.Left.Label.Text = common.ProbabilityAxis;
        plot.Axes.Bottom.Label.Text = input;
        var span = xs[^1] - xs[0];
        var pad = span > 0 ? span * 0.03 : Math.Max(1, Math.Abs(xs[0]) * 0.1);
        plot.Axes.SetLimits(xs[0] - pad, xs[^1] + pad, -3, 103);
        return plot;
    }
}
