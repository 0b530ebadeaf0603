using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>
/// The recorded values of one quantity over the model's 5–95% band and median at each record's date
/// (summary.json <c>observations</c>): filled diamonds for calibration records, open ones for
/// validation records held out of calibration.
/// </summary>
internal static class ObservationChart
{
    private const float BandWidth = 14;

    public static Plot Build(RunResults results, int scenarioIndex, string quantity, ChartOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scenarioIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scenarioIndex, results.Summary.Scenarios.Count);
        var text = ChartText.For(options.Language);
        var scenario = results.Summary.Scenarios[scenarioIndex];
        var observations = scenario.Observations.Where(o => o.Quantity == quantity && o.Verdict != ObservationVerdict.NotModelled).ToList();
        if (observations.Count == 0)
        {
            throw new ArgumentException($"Scenario '{scenario.Name}' has no modelled observation of '{quantity}'.", nameof(quantity));
        }

        var name = ObservedQuantityNames.For(quantity, text);
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.ObservationsTitleFormat, name),
            ChartText.Format(text.ObservationsSubtitleFormat, scenario.Title.In(text.Language)),
            ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        var color = ChartStyle.ScenarioColor(scenarioIndex);
        foreach (var o in observations)
        {
            var band = plot.Add.Line(o.FiscalYear, o.P5!.Value, o.FiscalYear, o.P95!.Value);
            band.Color = color.WithAlpha(0.35);
            band.LineWidth = BandWidth;
            var median = plot.Add.Marker(o.FiscalYear, o.P50!.Value, MarkerShape.HorizontalBar, BandWidth, color);
            median.MarkerLineWidth = 3;
        }

        foreach (var o in observations)
        {
            var calibration = o.Role == "calibration";
            var point = plot.Add.Marker(o.FiscalYear, o.Value, calibration ? MarkerShape.FilledDiamond : MarkerShape.OpenDiamond, 13, ChartStyle.TargetColor);
            point.MarkerLineWidth = 2;
            if (o.Verdict != ObservationVerdict.Inside)
            {
                ChartStyle.AddNote(plot, text.Numbers.Short(o.Value), o.FiscalYear, o.Value, Alignment.MiddleLeft, offsetX: 10, bold: true, color: OkabeIto.Vermillion, size: 12);
            }
        }

        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.ObservationsBand, color.WithAlpha(0.35)));
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.Median, color));
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.ObservationsCalibration, ChartStyle.TargetColor, width: 0, marker: MarkerShape.FilledDiamond));
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(text.ObservationsValidation, ChartStyle.TargetColor, width: 0, marker: MarkerShape.OpenDiamond));
        ChartStyle.ShowLegend(plot, Alignment.UpperLeft);

        var first = observations.Min(o => o.FiscalYear) - 1;
        var last = observations.Max(o => o.FiscalYear) + 1;
        var top = observations.Max(o => Math.Max(o.Value, o.P95!.Value));
        ChartStyle.FiscalYearTicks(plot.Axes.Bottom, first, last);
        ChartStyle.NumberTicks(plot.Axes.Left);
        plot.Axes.Bottom.Label.Text = text.FiscalYearAxis;
        plot.Axes.Left.Label.Text = name;
        plot.Axes.SetLimits(first - 0.5, last + 0.5, 0, top * 1.35);
        return plot;
    }
}
