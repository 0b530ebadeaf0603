using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>Runs the scenario library's files in-process and reads per-trial values out of the annual series.</summary>
internal static class ScenarioRuns
{
    /// <summary>Simulates <paramref name="trials"/> trials of <paramref name="scenario"/> with <paramref name="seed"/>.</summary>
    public static (CompiledScenario Compiled, List<TrialBlockResult> Blocks) Run(Scenario scenario, ulong seed, int trials, int blockSize = 250) =>
        Task.Run(async () =>
        {
            var compiled = new CompiledScenario(scenario);
            var blocks = new List<TrialBlockResult>();
            await foreach (var block in InProcessSimulator.RunAsync(compiled, seed, new TrialPlan(trials, blockSize)))
            {
                blocks.Add(block);
            }

            return (compiled, blocks);
        }).GetAwaiter().GetResult();

    /// <summary>
    /// Per trial, the sum of series <paramref name="seriesId"/> over the fiscal years up to
    /// <paramref name="lastFullYear"/>, plus <paramref name="fractionOfNextYear"/> of the next year
    /// (for counts published part-way through a fiscal year).
    /// </summary>
    public static double[] CumulativePerTrial(CompiledScenario compiled, IReadOnlyList<TrialBlockResult> blocks, string seriesId, int lastFullYear, double fractionOfNextYear = 0)
    {
        var series = compiled.Series.Series.Select((s, i) => (s.Id, i)).Single(p => p.Id == seriesId).i;
        var values = new List<double>();
        foreach (var block in blocks)
        {
            for (var t = 0; t < block.Count; t++)
            {
                var sum = 0.0;
                for (var y = 0; y < block.Years; y++)
                {
                    var year = block.FirstYear + y;
                    var weight = year <= lastFullYear ? 1.0 : year == lastFullYear + 1 ? fractionOfNextYear : 0.0;
                    sum += weight * block.Annual[series][block.At(y, t)];
                }

                values.Add(sum);
            }
        }

        return [.. values];
    }

    /// <summary>Type-7 sample quantile (linear interpolation between order statistics, as R's default and JcmSim.Analysis).</summary>
    public static double Quantile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
