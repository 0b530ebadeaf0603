using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>Partner countries with an agreement in force over time, with the reported counts as points (issue 5, chart 5).</summary>
internal static class PartnerCountChart
{
    public const string SeriesId = "partners.active";

    public static Plot Build(RunResults results, int scenarioIndex, ChartOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scenarioIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scenarioIndex, results.Summary.Scenarios.Count);
        var text = ChartText.For(options.Language);
        var scenario = results.Summary.Scenarios[scenarioIndex];
        var labels = results.Labels[scenarioIndex];
        var plot = ChartStyle.NewPlot(
            text.PartnersTitle,
            ChartText.Format(text.PartnersSubtitleFormat, scenario.Title.In(text.Language)),
            ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        var color = ChartStyle.ScenarioColor(scenarioIndex);
        var series = results.Annual.Find(scenario.Name, SeriesId);
        var first = Math.Min(labels.AccountingStartYear, (int)Math.Floor(PartnerHistory.Points.Min(p => p.FiscalYearPosition)));
        var last = series?.Years[^1] ?? results.Reference.Targets.Select(t => t.FiscalYear).DefaultIfEmpty(first + 1).Max();
        double top = PartnerHistory.Points.Max(p => p.Count);
        if (series is not null)
        {
            var simulated = Enumerable.Range(0, series.Years.Length).Where(k => series.Years[k] >= labels.FirstSimulatedYear).ToArray();
            var xs = simulated.Select(k => (double)series.Years[k]).ToArray();
            var band90 = plot.Add.FillY(xs, simulated.Select(k => series.P95[k]).ToArray(), simulated.Select(k => series.P5[k]).ToArray());
            band90.FillColor = color.WithAlpha(0.18);
            band90.LineWidth = 0;
            var band50 = plot.Add.FillY(xs, simulated.Select(k => series.P75[k]).ToArray(), simulated.Select(k => series.P25[k]).ToArray());
            band50.FillColor = color.WithAlpha(0.35);
            band50.LineWidth = 0;
            var median = plot.Add.ScatterLine(xs, simulated.Select(k => series.P50[k]).ToArray(), color);
            median.LineWidth = 2.5f;
            median.MarkerSize = 0;
            top = Math.Max(top, simulated.Select(k => series.P95[k]).DefaultIfEmpty(0).Max());
            plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.Median, color));
            plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.Interval50, color.WithAlpha(1 - ((1 - 0.18) * (1 - 0.35)))));
            plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.Interval90, color.WithAlpha(0.18)));
        }

        // An uncertain cap (a study's or a scenario's distribution) has no one line to draw.
        if (results.Scenarios[scenarioIndex]?.Expansion.MaxPartners is { IsFixed: true } capDistribution)
        {
            var cap = capDistribution.Mean;
            var capLine = plot.Add.HorizontalLine(cap, 1, ChartStyle.AxisColor, LinePattern.Dotted);
            capLine.LegendText = "";
            ChartStyle.AddNote(plot, ChartText.Format(text.PartnersCapFormat, cap), last + 0.4, cap, Alignment.LowerRight, offsetY: -3, color: ChartStyle.SubtleTextColor, size: 12);
            top = Math.Max(top, cap);
        }

        var points = plot.Add.Scatter(PartnerHistory.Points.Select(p => p.FiscalYearPosition).ToArray(), PartnerHistory.Points.Select(p => (double)p.Count).ToArray(), ChartStyle.TargetColor);
        points.LineWidth = 0;
        points.MarkerShape = MarkerShape.FilledDiamond;
        points.MarkerSize = 11;
        foreach (var point in PartnerHistory.Points)
        {
            ChartStyle.AddNote(plot, point.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), point.FiscalYearPosition, point.Count, point.LabelBelow ? Alignment.UpperCenter : Alignment.LowerCenter, offsetY: point.LabelBelow ? 8 : -8, size: 12);
        }

        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.PartnersReported, ChartStyle.TargetColor, width: 0, marker: MarkerShape.FilledDiamond));
        ChartStyle.AddSimulationStart(plot, labels.FirstSimulatedYear, top * 1.2, text);
        ChartStyle.ShowLegend(plot, Alignment.LowerRight);
        ChartStyle.FiscalYearTicks(plot.Axes.Bottom, first, last);
        ChartStyle.CountTicks(plot.Axes.Left);
        plot.Axes.Bottom.Label.Text = text.FiscalYearAxis;
        plot.Axes.Left.Label.Text = text.PartnersAxis;
        plot.Axes.SetLimits(first - 0.5, last + 0.5, 0, top * 1.25);
        return plot;
    }
}
