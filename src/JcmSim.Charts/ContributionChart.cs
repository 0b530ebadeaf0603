using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using JcmSim.Model.Scenarios;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>
/// Stacked mean cumulative reductions by channel, sector or country (issue 5, chart 4). Means, not
/// medians: means add up across the parts to the mean total, medians do not.
/// </summary>
internal static class ContributionChart
{
    public static Plot Build(RunResults results, Breakdown breakdown, int scenarioIndex, ChartOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scenarioIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scenarioIndex, results.Summary.Scenarios.Count);
        var text = ChartText.For(options.Language);
        var scenario = results.Summary.Scenarios[scenarioIndex];
        var labels = results.Labels[scenarioIndex];
        var (prefix, title, top) = breakdown switch
        {
            Breakdown.Channel => ("reductions.channel.", text.ContributionChannelTitle, OkabeIto.Categorical.Count),
            Breakdown.Sector => ("reductions.sector.", text.ContributionSectorTitle, options.TopSectors),
            _ => ("reductions.country.", text.ContributionCountryTitle, options.TopCountries),
        };
        var plot = ChartStyle.NewPlot(
            title,
            ChartText.Format(text.ContributionSubtitleFormat, scenario.Title.In(text.Language), labels.AccountingStartYear),
            ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        var parts = results.Annual.WithPrefix(scenario.Name, prefix);
        var start = labels.AccountingStartYear;
        var first = parts.Count > 0 ? Math.Max(start, parts[0].Years[0]) : start;
        var last = parts.Count > 0 ? parts[0].Years[^1] : results.Reference.Targets.Select(t => t.FiscalYear).DefaultIfEmpty(start + 1).Max();
        var stacked = parts
            .Select(p => (Id: p.Series[prefix.Length..], Values: p.CumulativeMean(start)))
            .OrderByDescending(p => p.Values[^1])
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        // Name the largest parts; fold the rest into one grey band.
        var named = stacked.Count > top ? stacked.Take(Math.Max(1, top)).ToList() : stacked;
        var rest = stacked.Skip(named.Count).ToList();
        var bands = named.Select((p, k) => (Label: Name(labels, breakdown, p.Id).In(text.Language), Values: p.Values, Color: OkabeIto.Category(k))).ToList();
        if (rest.Count > 0)
        {
            var sum = new double[rest[0].Values.Length];
            foreach (var part in rest)
            {
                for (var k = 0; k < sum.Length; k++)
                {
                    sum[k] += part.Values[k];
                }
            }

            var othersLabel = breakdown switch
            {
                Breakdown.Sector => ChartText.Format(text.OtherSectorsFormat, rest.Count),
                Breakdown.Country => ChartText.Format(text.OtherCountriesFormat, rest.Count),
                _ => text.Others,
            };
            bands.Add((othersLabel, sum, ChartStyle.OthersColor));
        }

        double maxTotal = 0;
        if (parts.Count > 0)
        {
            var years = parts[0].Years;
            var visible = Enumerable.Range(0, years.Length).Where(k => years[k] >= first).ToArray();
            var xs = visible.Select(k => (double)years[k]).ToArray();
            var bottom = new double[visible.Length];
            foreach (var band in bands)
            {
                var upper = visible.Select((k, j) => bottom[j] + band.Values[k]).ToArray();
                var fill = plot.Add.FillY(xs, upper, bottom);
                fill.FillColor = band.Color;
                fill.LineColor = Colors.White;
                fill.LineWidth = 0.6f;
                bottom = upper;
            }

            maxTotal = bottom.DefaultIfEmpty(0).Max();
        }

        // Legend top-down in the order of the stack as drawn (largest at the bottom).
        for (var k = bands.Count - 1; k >= 0; k--)
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch(bands[k].Label, bands[k].Color));
        }

        var ceiling = Math.Max(maxTotal, results.Reference.Targets.Select(t => t.ThresholdMt).DefaultIfEmpty(0).Max()) * 1.15;
        ChartStyle.AddTargets(plot, results.Reference.Targets.Select(t => new ReductionTarget(t.FiscalYear, t.ThresholdMt)), first - 0.5, text);
        if (labels.FirstSimulatedYear > first)
        {
            ChartStyle.AddSimulationStart(plot, labels.FirstSimulatedYear, ceiling * 0.98, text);
        }

        if (bands.Count > 0)
        {
            ChartStyle.ShowLegend(plot, Alignment.UpperLeft, outsideRight: true);
        }

        ChartStyle.FiscalYearTicks(plot.Axes.Bottom, first, last);
        ChartStyle.NumberTicks(plot.Axes.Left);
        plot.Axes.Bottom.Label.Text = text.FiscalYearAxis;
        plot.Axes.Left.Label.Text = ChartText.Format(text.CumulativeAxisFormat, labels.AccountingStartYear);
        plot.Axes.SetLimits(first - 0.5, last + 0.5, 0, ceiling);
        return plot;
    }

    private static LocalizedText Name(ScenarioLabels labels, Breakdown breakdown, string id) => breakdown switch
    {
        Breakdown.Channel => labels.Channel(id),
        Breakdown.Sector => labels.Sector(id),
        _ => labels.Country(id),
    };
}
