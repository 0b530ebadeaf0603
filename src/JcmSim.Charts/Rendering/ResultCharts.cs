using System.Globalization;
using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tornado;

namespace JcmSim.Charts.Rendering;

/// <summary>
/// Which charts a result folder gets and their file names: the fan chart, target probabilities, the
/// distribution at each target year, contributions by channel, sector and country, partner count and
/// credits split, the record against the model per observed quantity (per scenario, suffixed with the scenario name when the run has several), the
/// scenario comparison when there are several scenarios; and the tornado charts of a tornado study.
/// </summary>
public static class ResultCharts
{
    /// <summary>The sub-folder of a result folder that holds the charts.</summary>
    public const string Folder = "charts";

    /// <summary>The charts of a run, in report order.</summary>
    public static IReadOnlyList<ChartDefinition> For(RunResults results, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var charts = new List<ChartDefinition>
        {
            new("fan-cumulative", () => ChartBook.FanChart(results, options)),
            new("target-probability", () => ChartBook.TargetProbabilities(results, options)),
        };
        foreach (var target in results.Reference.Targets)
        {
            var year = target.FiscalYear;
            charts.Add(new($"distribution-{year.ToString(CultureInfo.InvariantCulture)}", () => ChartBook.CumulativeDistribution(results, year, options)));
        }

        if (results.Summary.Scenarios.Count > 1 && results.Summary.Comparison.Count > 0)
        {
            charts.Add(new("comparison", () => ChartBook.ScenarioComparison(results, options)));
        }

        var several = results.Summary.Scenarios.Count > 1;
        for (var s = 0; s < results.Summary.Scenarios.Count; s++)
        {
            var index = s;
            var suffix = several ? "-" + results.Summary.Scenarios[s].Name : "";
            charts.Add(new($"contributions-channel{suffix}", () => ChartBook.Contributions(results, Breakdown.Channel, index, options)));
            charts.Add(new($"contributions-sector{suffix}", () => ChartBook.Contributions(results, Breakdown.Sector, index, options)));
            charts.Add(new($"contributions-country{suffix}", () => ChartBook.Contributions(results, Breakdown.Country, index, options)));
            charts.Add(new($"partners{suffix}", () => ChartBook.PartnerCount(results, index, options)));
            charts.Add(new($"credits{suffix}", () => ChartBook.CreditsSplit(results, index, options)));
            foreach (var quantity in ObservedQuantitiesCharted(results.Summary.Scenarios[s]))
            {
                charts.Add(new($"observations-{quantity}{suffix}", () => ChartBook.Observations(results, quantity, index, options)));
            }
        }

        return charts;
    }

    // One chart per quantity with at least one modelled observation, in the record's order.
    private static IEnumerable<string> ObservedQuantitiesCharted(ScenarioSummary scenario) =>
        scenario.Observations.Where(o => o.Verdict != ObservationVerdict.NotModelled).Select(o => o.Quantity).Distinct(StringComparer.Ordinal);

    /// <summary>The charts of a tornado study: one per result (P(target) for each target, median cumulative at the last).</summary>
    public static IReadOnlyList<ChartDefinition> For(TornadoResult result, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        return TornadoMetric.For(result.Targets)
            .Select(metric => new ChartDefinition($"tornado-{metric.Id}", () => ChartBook.Tornado(result, metric, options)))
            .ToList();
    }

    /// <summary>
    /// Builds each chart and writes FOLDER/STEM.png and FOLDER/STEM.svg, charts in parallel on the
    /// machine's cores (each chart is independent); returns them in the given order.
    /// </summary>
    public static IReadOnlyList<RenderedChart> Render(IEnumerable<ChartDefinition> charts, string folder)
    {
        ArgumentNullException.ThrowIfNull(charts);
        Directory.CreateDirectory(folder);
        var list = charts.ToList();
        var rendered = new RenderedChart[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var chart = list[i];
            var plot = chart.Build();
            var png = Path.Combine(folder, chart.Stem + ".png");
            var svgPath = Path.Combine(folder, chart.Stem + ".svg");
            ChartExport.SavePng(plot, png);
            var svg = ChartExport.ToSvg(plot);
            File.WriteAllText(svgPath, svg);
            rendered[i] = new RenderedChart(chart.Stem, png, svgPath, svg);
        });

        return rendered;
    }
}
