using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>
/// Cumulative reductions by fiscal year in the reading the targets are tested against: median, 50% and
/// 90% bands, targets, history (issue 5, chart 1); the first scenario's other readings of the target
/// as dashed median lines (issue 16).
/// </summary>
internal static class FanChart
{
    public static Plot Build(RunResults results, ChartOptions options)
    {
        var text = ChartText.For(options.Language);
        var scenarios = results.Summary.Scenarios;
        var several = scenarios.Count > 1;
        var reference = results.Labels[0];
        var tested = scenarios.Count > 0 ? scenarios[0].Reading : TargetReading.RealisedReductions;
        var plot = ChartStyle.NewPlot(
            text.FanTitle,
            ChartText.Format(several ? text.FanSubtitleSeveralFormat : text.FanSubtitleFormat, reference.AccountingStartYear, TargetReadingText.Name(tested, text.Language)),
            ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        var firstYear = int.MaxValue;
        var lastYear = int.MinValue;
        var top = results.Reference.Targets.Select(t => t.ThresholdMt).DefaultIfEmpty(0).Max();
        AnnualSeriesValues? history = null;

        // Draw the reference last so it sits on top of the variants.
        for (var i = scenarios.Count - 1; i >= 0; i--)
        {
            var series = results.Annual.Find(scenarios[i].Name, SeriesLayout.CumulativeId(scenarios[i].Reading));
            if (series is null)
            {
                continue;
            }

            var labels = results.Labels[i];
            var color = ChartStyle.ScenarioColor(i);
            var from = Math.Max(labels.AccountingStartYear, series.Years[0]);
            firstYear = Math.Min(firstYear, from);
            lastYear = Math.Max(lastYear, series.Years[^1]);

            // The simulated part starts at the last history year so the line is continuous.
            var simulated = Enumerable.Range(0, series.Years.Length).Where(k => series.Years[k] >= Math.Max(from, labels.FirstSimulatedYear - 1)).ToArray();
            var xs = simulated.Select(k => (double)series.Years[k]).ToArray();
            var band90 = plot.Add.FillY(xs, simulated.Select(k => series.P95[k]).ToArray(), simulated.Select(k => series.P5[k]).ToArray());
            band90.FillColor = color.WithAlpha(several ? 0.16 : 0.18);
            band90.LineWidth = 0;
            if (!several)
            {
                var band50 = plot.Add.FillY(xs, simulated.Select(k => series.P75[k]).ToArray(), simulated.Select(k => series.P25[k]).ToArray());
                band50.FillColor = color.WithAlpha(0.35);
                band50.LineWidth = 0;
            }

            var median = plot.Add.ScatterLine(xs, simulated.Select(k => series.P50[k]).ToArray(), color);
            median.LineWidth = 2.5f;
            median.MarkerSize = 0;
            top = Math.Max(top, simulated.Select(k => series.P95[k]).DefaultIfEmpty(0).Max());
            if (i == 0)
            {
                history = series;
            }
        }

        var legend = new List<LegendItem>();
        if (several)
        {
            for (var i = 0; i < scenarios.Count; i++)
            {
                legend.Add(ChartStyle.LineEntry(scenarios[i].Title.In(text.Language), ChartStyle.ScenarioColor(i)));
            }

            legend.Add(ChartStyle.Swatch(text.Interval90, Colors.Gray.WithAlpha(0.3)));
        }
        else
        {
            var color = ChartStyle.ScenarioColor(0);
            legend.Add(ChartStyle.LineEntry(text.Median, color));
            legend.Add(ChartStyle.Swatch(text.Interval50, color.WithAlpha(1 - ((1 - 0.18) * (1 - 0.35)))));
            legend.Add(ChartStyle.Swatch(text.Interval90, color.WithAlpha(0.18)));
        }

        if (scenarios.Count > 0)
        {
            top = Math.Max(top, AddOtherReadings(plot, results, scenarios[0], Math.Max(reference.AccountingStartYear, reference.FirstSimulatedYear - 1), text, legend));
        }

        if (history is not null && history.Years[0] < reference.FirstSimulatedYear)
        {
            var past = Enumerable.Range(0, history.Years.Length)
                .Where(k => history.Years[k] >= reference.AccountingStartYear && history.Years[k] < reference.FirstSimulatedYear)
                .ToArray();
            if (past.Length > 0)
            {
                var line = plot.Add.ScatterLine(past.Select(k => (double)history.Years[k]).ToArray(), past.Select(k => history.P50[k]).ToArray(), ChartStyle.HistoryColor);
                line.LineWidth = 2.5f;
                line.MarkerSize = 0;
                legend.Add(ChartStyle.LineEntry(ChartText.Format(text.ExistingProjectsFormat, history.Years[past[0]], history.Years[past[^1]]), ChartStyle.HistoryColor));
                ChartStyle.AddSimulationStart(plot, reference.FirstSimulatedYear, top * 1.12, text);
            }
        }

        if (firstYear == int.MaxValue)
        {
            firstYear = reference.AccountingStartYear;
            lastYear = results.Reference.Targets.Select(t => t.FiscalYear).DefaultIfEmpty(firstYear + 1).Max();
        }

        ChartStyle.AddTargets(plot, results.Reference.Targets.Select(t => new Model.Scenarios.ReductionTarget(t.FiscalYear, t.ThresholdMt)), firstYear - 0.5, text);
        plot.Legend.ManualItems.AddRange(legend);
        ChartStyle.ShowLegend(plot, Alignment.UpperLeft);

        ChartStyle.FiscalYearTicks(plot.Axes.Bottom, firstYear, lastYear);
        ChartStyle.NumberTicks(plot.Axes.Left);
        plot.Axes.Bottom.Label.Text = text.FiscalYearAxis;
        plot.Axes.Left.Label.Text = ChartText.Format(text.CumulativeAxisFormat, reference.AccountingStartYear);
        plot.Axes.SetLimits(firstYear - 0.5, lastYear + 0.5, 0, top * 1.18);
        return plot;
    }

    // The other readings' medians from the simulated years on, dashed, one colour each; returns their highest value.
    private static double AddOtherReadings(Plot plot, RunResults results, ScenarioSummary scenario, int fromYear, ChartText text, List<LegendItem> legend)
    {
        var top = 0.0;
        foreach (var reading in TargetReadingText.All.Where(r => r != scenario.Reading))
        {
            if (results.Annual.Find(scenario.Name, SeriesLayout.CumulativeId(reading)) is not { } series)
            {
                continue;
            }

            var years = Enumerable.Range(0, series.Years.Length).Where(k => series.Years[k] >= fromYear).ToArray();
            var color = ReadingColor(reading);
            var line = plot.Add.ScatterLine(years.Select(k => (double)series.Years[k]).ToArray(), years.Select(k => series.P50[k]).ToArray(), color);
            line.LineWidth = 2f;
            line.LinePattern = LinePattern.Dashed;
            line.MarkerSize = 0;
            legend.Add(ChartStyle.LineEntry(ChartText.Format(text.ReadingMedianFormat, TargetReadingText.Name(reading, text.Language)), color, 2f, LinePattern.Dashed));
            top = Math.Max(top, years.Select(k => series.P50[k]).DefaultIfEmpty(0).Max());
        }

        return top;
    }

    // Fixed per reading, from the end of the palette, so a reading keeps its colour whichever is tested.
    private static Color ReadingColor(TargetReading reading) => reading switch
    {
        TargetReading.ExpectedReductions => OkabeIto.Vermillion,
        TargetReading.RealisedReductions => OkabeIto.BluishGreen,
        TargetReading.CreditsIssued => OkabeIto.ReddishPurple,
        _ => OkabeIto.SkyBlue,
    };
}
