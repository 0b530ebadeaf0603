using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>
/// Paired difference in P(target) of every scenario against the reference, with 95% intervals
/// (issue 5, chart 7): one row per scenario in its colour, a circle for the first target year and a
/// square for the second.
/// </summary>
internal static class ComparisonChart
{
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    public static Plot Build(RunResults results, ChartOptions options)
    {
        var text = ChartText.For(options.Language);
        var scenarios = results.Summary.Scenarios;
        if (scenarios.Count < 2 || results.Summary.Comparison.Count == 0)
        {
            throw new ArgumentException("A scenario comparison needs a run of at least two scenarios.", nameof(results));
        }

        var reference = results.Reference;
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.ComparisonTitleFormat, reference.Title.In(text.Language)),
            text.ComparisonSubtitle,
            ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        var years = reference.Targets.Select(t => t.FiscalYear).ToArray();
        var rows = scenarios.Count - 1;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double low = 0, high = 0;
        for (var s = 1; s < scenarios.Count; s++)
        {
            var y = rows - s;
            ticks.AddMajor(y, scenarios[s].Title.In(text.Language));
            var color = ChartStyle.ScenarioColor(s);
            for (var t = 0; t < years.Length; t++)
            {
                var comparison = results.Summary.Comparison.FirstOrDefault(c => c.Scenario == scenarios[s].Name && c.FiscalYear == years[t]);
                if (comparison is null)
                {
                    continue;
                }

                var offset = years.Length == 1 ? 0 : 0.28 * ((t / (years.Length - 1.0)) - 0.5) * 2;
                var row = y - offset;
                var estimate = comparison.Probability;
                var x = 100 * estimate.Difference;
                if (estimate.CiLow is { } ciLow && estimate.CiHigh is { } ciHigh)
                {
                    var whisker = plot.Add.Line(100 * ciLow, row, 100 * ciHigh, row);
                    whisker.Color = color;
                    whisker.LineWidth = 2.5f;
                    whisker.MarkerSize = 0;
                    low = Math.Min(low, 100 * ciLow);
                    high = Math.Max(high, 100 * ciHigh);
                }

                plot.Add.Marker(x, row, Shapes[t % Shapes.Length], 13, color);
                ChartStyle.AddNote(plot, text.Numbers.PercentagePoints(estimate.Difference), Math.Max(x, estimate.CiHigh is { } h ? 100 * h : x), row, Alignment.MiddleLeft, offsetX: 8, size: 12);
                low = Math.Min(low, x);
                high = Math.Max(high, x);
            }
        }

        for (var t = 0; t < years.Length; t++)
        {
            plot.Legend.ManualItems.Add(ChartStyle.LineEntry(
                ChartText.Format(text.ProbabilityGroupFormat, years[t], text.Numbers.Plain(reference.Targets[t].ThresholdMt)),
                ChartStyle.HistoryColor,
                width: 0,
                marker: Shapes[t % Shapes.Length]));
        }

        var zero = plot.Add.VerticalLine(0, 1.5f, ChartStyle.TargetColor);
        zero.LegendText = "";
        var span = Math.Max(high - low, 2);
        ChartStyle.ShowLegend(plot, Alignment.LowerRight);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = ChartStyle.AxisLabelSize;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartStyle.TextColor;
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = text.ComparisonAxis;
        plot.Axes.SetLimits(low - (0.12 * span), high + (0.22 * span), -0.7, rows - 0.3);
        return plot;
    }
}
