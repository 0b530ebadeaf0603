using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>Mean credits issued per fiscal year, stacked by who receives them (issue 5, chart 6).</summary>
internal static class CreditsSplitChart
{
    public static Plot Build(RunResults results, int scenarioIndex, ChartOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scenarioIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scenarioIndex, results.Summary.Scenarios.Count);
        var text = ChartText.For(options.Language);
        var scenario = results.Summary.Scenarios[scenarioIndex];
        var labels = results.Labels[scenarioIndex];
        var lastTarget = scenario.Targets.Select(t => t.FiscalYear).DefaultIfEmpty(0).Max();
        var subtitle = scenario.JapanItmoShare is { } share && lastTarget > 0
            ? ChartText.Format(text.CreditsSubtitleShareFormat, scenario.Title.In(text.Language), lastTarget, text.Numbers.Percent(share))
            : ChartText.Format(text.CreditsSubtitleFormat, scenario.Title.In(text.Language));
        var plot = ChartStyle.NewPlot(text.CreditsTitle, subtitle, ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        // Bottom to top: Japan's ITMOs, host-retained, cancelled (OMGE), in Okabe–Ito blue, orange, grey.
        var parts = new[]
        {
            (Id: "credits.japan", Label: text.CreditsJapan, Color: OkabeIto.Blue),
            (Id: "credits.host", Label: text.CreditsHost, Color: OkabeIto.Orange),
            (Id: "credits.cancelled", Label: text.CreditsCancelled, Color: ChartStyle.ExtraGreys[1]),
        }
        .Select(p => (p.Id, p.Label, p.Color, Series: results.Annual.Find(scenario.Name, p.Id)))
        .Where(p => p.Series is not null && (p.Id != "credits.cancelled" || p.Series.Mean.Any(v => v > 0)))
        .ToList();

        var years = parts.Count > 0 ? parts[0].Series!.Years : [];
        var first = years.Length > 0 ? Math.Max(labels.AccountingStartYear, years[0]) : labels.AccountingStartYear;
        var last = years.Length > 0 ? years[^1] : lastTarget;
        var bottom = new double[years.Length];
        foreach (var part in parts)
        {
            var bars = new List<Bar>();
            for (var k = 0; k < years.Length; k++)
            {
                if (years[k] < first)
                {
                    continue;
                }

                var value = part.Series!.Mean[k];
                bars.Add(new Bar
                {
                    Position = years[k],
                    ValueBase = bottom[k],
                    Value = bottom[k] + value,
                    Size = 0.72,
                    FillColor = part.Color,
                    LineWidth = 0,
                });
                bottom[k] += value;
            }

            plot.Add.Bars(bars);
        }

        for (var k = parts.Count - 1; k >= 0; k--)
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch(parts[k].Label, parts[k].Color));
        }

        var top = Math.Max(bottom.DefaultIfEmpty(0).Max(), 0.1) * 1.2;
        if (labels.FirstSimulatedYear > first)
        {
            ChartStyle.AddSimulationStart(plot, labels.FirstSimulatedYear, top * 0.98, text);
        }

        ChartStyle.ShowLegend(plot, Alignment.UpperLeft);
        plot.Legend.Margin = new PixelPadding(12, 12, 36, 12);
        ChartStyle.FiscalYearTicks(plot.Axes.Bottom, first, last);
        ChartStyle.NumberTicks(plot.Axes.Left);
        plot.Axes.Bottom.Label.Text = text.FiscalYearAxis;
        plot.Axes.Left.Label.Text = text.CreditsAxis;
        plot.Axes.SetLimits(first - 0.6, last + 0.6, 0, top);
        return plot;
    }
}
