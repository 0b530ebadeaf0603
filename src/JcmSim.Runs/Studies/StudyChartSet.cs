using JcmSim.Analysis.Studies;
using JcmSim.Charts;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>
/// The charts of each study (PNG 2400×1500 and SVG in charts/), built from its results with the
/// study charts of JcmSim.Charts: a sweep draws P(target) against its input (one input) or a heatmap
/// over its first two inputs (two or more), sensitivity its Sobol or Morris chart, discover the
/// peeling trajectory and the chosen box.
/// </summary>
public static class StudyChartSet
{
    /// <summary>Renders the sweep charts into FOLDER/charts.</summary>
    public static IReadOnlyList<RenderedChart> Sweep(string folder, SweepResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = new ChartOptions { Language = language };
        var provenance = Provenance(result.Scenario, result.Title, result.TrialsPerPoint, result.Seed);
        var points = result.Points;
        var targets = points[0].Targets.Select(t => new ReductionTarget(t.FiscalYear, t.ThresholdMt)).ToList();
        var charts = new List<ChartDefinition>();
        if (result.Inputs.Count == 1)
        {
            var values = points.Select(p => p.Values[0]).ToList();
            var series = targets.Select((target, t) => new SweepTargetSeries(target,
                points.Select(p => p.Targets[t].Probability).ToList(), points.Select(p => p.Targets[t].CiLow).ToList(), points.Select(p => p.Targets[t].CiHigh).ToList())).ToList();
            charts.Add(new ChartDefinition("sweep-probability", () => StudyCharts.Sweep(new SweepChartData(provenance, Input(result.Inputs[0]), values, series), options)));
            for (var t = 0; t < targets.Count; t++)
            {
                var index = t;
                var cumulative = new SweepCumulativeSeries(targets[t].FiscalYear, points.Select(p => p.Targets[index].MedianMt).ToList(),
                    points.Select(p => p.Targets[index].P5Mt).ToList(), points.Select(p => p.Targets[index].P95Mt).ToList(), targets[t].ThresholdMt);
                charts.Add(new ChartDefinition($"sweep-cumulative-{targets[t].FiscalYear}",
                    () => StudyCharts.SweepCumulative(new SweepChartData(provenance, Input(result.Inputs[0]), values, series, cumulative), options)));
            }
        }
        else
        {
            for (var t = 0; t < targets.Count; t++)
            {
                var index = t;
                var data = new SweepHeatmapData(provenance, Input(result.Inputs[0]), Input(result.Inputs[1]), targets[t],
                    points.Select(p => p.Values[0]).ToList(), points.Select(p => p.Values[1]).ToList(), points.Select(p => p.Targets[index].Probability).ToList());
                charts.Add(new ChartDefinition($"sweep-heatmap-{targets[t].FiscalYear}", () => StudyCharts.SweepHeatmap(data, options)));
            }
        }

        return ResultCharts.Render(charts, Path.Combine(folder, ResultCharts.Folder));
    }

    /// <summary>Renders the Sobol chart into FOLDER/charts.</summary>
    public static IReadOnlyList<RenderedChart> Sobol(string folder, SobolResult result, string language) =>
        ResultCharts.Render([new ChartDefinition("sensitivity-sobol", () => StudyCharts.Sobol(result, new ChartOptions { Language = language }))], Path.Combine(folder, ResultCharts.Folder));

    /// <summary>Renders the Morris chart into FOLDER/charts.</summary>
    public static IReadOnlyList<RenderedChart> Morris(string folder, MorrisResult result, string language) =>
        ResultCharts.Render([new ChartDefinition("sensitivity-morris", () => StudyCharts.Morris(result, new ChartOptions { Language = language }))], Path.Combine(folder, ResultCharts.Folder));

    /// <summary>Renders the peeling trajectory and the chosen box into FOLDER/charts.</summary>
    public static IReadOnlyList<RenderedChart> Prim(string folder, SweepResult sweep, int targetYear, PrimResult prim, string language)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var options = new ChartOptions { Language = language };
        var data = new PrimChartData(Provenance(sweep.Scenario, sweep.Title, sweep.TrialsPerPoint, sweep.Seed), sweep.Inputs.Select(Input).ToList(),
            new LocalizedText($"the FY{targetYear} target is missed", $"{targetYear}年度目標が未達となる"), prim);
        return ResultCharts.Render(
            [
                new ChartDefinition($"prim-trajectory-{targetYear}", () => StudyCharts.PrimTrajectory(data, options)),
                new ChartDefinition($"prim-box-{targetYear}", () => StudyCharts.PrimBox(data, options)),
            ],
            Path.Combine(folder, ResultCharts.Folder));
    }

    private static StudyProvenance Provenance(string name, LocalizedText title, int trials, ulong seed) => new(JcmSimVersion.Current, name, title, trials, seed);

    private static StudyInput Input(StudyInputInfo input) => new(input.Label, "", input.Low, input.High);
}
