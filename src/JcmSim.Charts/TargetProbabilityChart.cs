using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>P(target met) per scenario and target year with 95% Wilson whiskers (issue 5, chart 2).</summary>
internal static class TargetProbabilityChart
{
    public static Plot Build(RunResults results, ChartOptions options)
    {
        var text = ChartText.For(options.Language);
        var scenarios = results.Summary.Scenarios;
        var plot = ChartStyle.NewPlot(text.ProbabilityTitle, text.ProbabilitySubtitle, ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        var targets = results.Reference.Targets;
        var groupWidth = scenarios.Count + 1.0;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var t = 0; t < targets.Count; t++)
        {
            var center = (t * groupWidth) + ((scenarios.Count - 1) / 2.0);
            ticks.AddMajor(center, ChartText.Format(text.ProbabilityGroupFormat, targets[t].FiscalYear, text.Numbers.Plain(targets[t].ThresholdMt)));
        }

        for (var s = 0; s < scenarios.Count; s++)
        {
            var color = ChartStyle.ScenarioColor(s);
            var bars = new List<Bar>();
            var xs = new List<double>();
            var ys = new List<double>();
            var below = new List<double>();
            var above = new List<double>();
            for (var t = 0; t < scenarios[s].Targets.Count && t < targets.Count; t++)
            {
                var target = scenarios[s].Targets[t];
                var x = (t * groupWidth) + s;
                bars.Add(new Bar
                {
                    Position = x,
                    Value = 100 * target.Probability,
                    Size = 0.8,
                    FillColor = color,
                    LineWidth = 0,
                });
                xs.Add(x);
                ys.Add(100 * target.Probability);
                below.Add(100 * (target.Probability - target.CiLow));
                above.Add(100 * (target.CiHigh - target.Probability));
                ChartStyle.AddNote(plot, text.Numbers.Percent(target.Probability), x, 100 * target.CiHigh, Alignment.LowerCenter, offsetY: -24, bold: true);
                ChartStyle.AddNote(plot, Bracket(text, text.Numbers.Range(text.Numbers.Percent(target.CiLow), text.Numbers.Percent(target.CiHigh))), x, 100 * target.CiHigh, Alignment.LowerCenter, offsetY: -6, color: ChartStyle.SubtleTextColor, size: 11);
            }

            plot.Add.Bars(bars);
            var whiskers = plot.Add.ErrorBar(xs, ys, below);
            whiskers.YErrorNegative = below;
            whiskers.YErrorPositive = above;
            whiskers.LineColor = ChartStyle.TextColor;
            whiskers.LineWidth = 1.5f;
            whiskers.CapSize = 10;
            if (scenarios.Count > 1)
            {
                plot.Legend.ManualItems.Add(ChartStyle.Swatch(scenarios[s].Title.In(text.Language), color));
            }
        }

        if (scenarios.Count > 1)
        {
            ChartStyle.ShowLegend(plot, Alignment.UpperLeft);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartStyle.AxisLabelSize;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartStyle.TextColor;
        ChartStyle.PercentTicks(plot.Axes.Left, 20);
        plot.Axes.Left.Label.Text = text.ProbabilityAxis;
        plot.Axes.SetLimits(-0.8, ((targets.Count - 1) * groupWidth) + scenarios.Count - 0.2, 0, 112);
        return plot;
    }

    private static string Bracket(ChartText text, string inner) => text.IsJapanese ? $"［{inner}］" : $"[{inner}]";
}
