using JcmSim.Charts.Localization;
using JcmSim.Charts.Rendering;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tornado;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>
/// Every JcmSim chart, one method per kind, each returning a ScottPlot <see cref="Plot"/> in the
/// house style (<see cref="Style.ChartStyle"/>); saving is separate (<see cref="ChartExport"/>).
/// Charts draw results, they compute nothing: load them with <see cref="RunResults.LoadAsync"/>.
/// </summary>
public static class ChartBook
{
    /// <summary>Cumulative reductions by fiscal year: median with 50% and 90% bands, the targets and the years of existing projects; several scenarios overlaid.</summary>
    public static Plot FanChart(RunResults results, ChartOptions? options = null) =>
        Finish(Charts.FanChart.Build(Check(results), options ??= new ChartOptions()), options);

    /// <summary>Probability of meeting each target per scenario, with 95% Wilson intervals.</summary>
    public static Plot TargetProbabilities(RunResults results, ChartOptions? options = null) =>
        Finish(TargetProbabilityChart.Build(Check(results), options ??= new ChartOptions()), options);

    /// <summary>Histogram of the cumulative reductions at <paramref name="fiscalYear"/> (a target year) with the target line and P(met).</summary>
    /// <exception cref="ArgumentException"><paramref name="fiscalYear"/> is not a target year of the run.</exception>
    public static Plot CumulativeDistribution(RunResults results, int fiscalYear, ChartOptions? options = null) =>
        Finish(CumulativeDistributionChart.Build(Check(results), fiscalYear, options ??= new ChartOptions()), options);

    /// <summary>Stacked mean cumulative reductions of one scenario by finance channel, sector or country (top N and others).</summary>
    /// <param name="results">The run.</param>
    /// <param name="breakdown">What to break the reductions down by.</param>
    /// <param name="scenarioIndex">Which scenario (0 = reference).</param>
    /// <param name="options">Options.</param>
    public static Plot Contributions(RunResults results, Breakdown breakdown, int scenarioIndex = 0, ChartOptions? options = null) =>
        Finish(ContributionChart.Build(Check(results), breakdown, scenarioIndex, options ??= new ChartOptions()), options);

    /// <summary>Partner countries with an agreement in force (median, 50% and 90% bands) and the signed partners reported so far.</summary>
    public static Plot PartnerCount(RunResults results, int scenarioIndex = 0, ChartOptions? options = null) =>
        Finish(PartnerCountChart.Build(Check(results), scenarioIndex, options ??= new ChartOptions()), options);

    /// <summary>Mean credits issued per fiscal year, stacked: ITMOs to Japan, retained by the host, cancelled (OMGE).</summary>
    public static Plot CreditsSplit(RunResults results, int scenarioIndex = 0, ChartOptions? options = null) =>
        Finish(CreditsSplitChart.Build(Check(results), scenarioIndex, options ??= new ChartOptions()), options);

    /// <summary>The recorded values of <paramref name="quantity"/> over the model's 5–95% band and median at each record's date (summary.json <c>observations</c>).</summary>
    /// <exception cref="ArgumentException">The scenario has no modelled observation of <paramref name="quantity"/>.</exception>
    public static Plot Observations(RunResults results, string quantity, int scenarioIndex = 0, ChartOptions? options = null) =>
        Finish(ObservationChart.Build(Check(results), scenarioIndex, quantity, options ??= new ChartOptions()), options);

    /// <summary>Paired difference in P(target) of each scenario against the reference, with 95% intervals.</summary>
    /// <exception cref="ArgumentException">The run has a single scenario (nothing to compare).</exception>
    public static Plot ScenarioComparison(RunResults results, ChartOptions? options = null) =>
        Finish(ComparisonChart.Build(Check(results), options ??= new ChartOptions()), options);

    /// <summary>Tornado chart of one result of a one-at-a-time sensitivity study, bars sorted by swing.</summary>
    public static Plot Tornado(TornadoResult result, TornadoMetric metric, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= new ChartOptions();
        return Finish(TornadoChart.Build(result, metric, options), options);
    }

    /// <summary>The provenance footer of a run's charts.</summary>
    public static string Footer(RunResults results, ChartText text) =>
        ChartFooter.Format(
            text,
            results.Manifest.Version,
            results.Summary.Scenarios.Select(s => (s.Name, s.Title)).ToList(),
            results.Summary.Scenarios.Select(s => s.Trials).ToList(),
            results.Reference.Seed);

    private static Plot Finish(Plot plot, ChartOptions options) => ChartStyle.Finish(plot, options.Language);

    private static RunResults Check(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results;
    }
}
