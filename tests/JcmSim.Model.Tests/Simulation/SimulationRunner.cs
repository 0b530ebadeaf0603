using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

internal static class SimulationRunner
{
    public static List<TrialBlockResult> Run(Scenario scenario, ulong seed, int trials, int blockSize) =>
        Task.Run(async () =>
        {
            var results = new List<TrialBlockResult>();
            await foreach (var block in InProcessSimulator.RunAsync(new CompiledScenario(scenario), seed, new TrialPlan(trials, blockSize)))
            {
                results.Add(block);
            }

            return results;
        }).GetAwaiter().GetResult();

    /// <summary>One trial of <paramref name="scenario"/> (seed 1): enough for a scenario whose distributions are all fixed.</summary>
    public static TrialBlockResult RunOne(Scenario scenario) => Run(scenario, 1, 1, 1).Single();

    /// <summary>The sum over every output year of one annual series of the block's first trial.</summary>
    public static double Total(TrialBlockResult block, int series) =>
        Enumerable.Range(0, block.Years).Sum(y => block.Annual[series][block.At(y, 0)]);

    /// <summary>Every number of every trial, flattened in trial order: scalars then each series by year.</summary>
    public static List<double> PerTrialValues(IReadOnlyList<TrialBlockResult> blocks)
    {
        var values = new List<double>();
        foreach (var block in blocks)
        {
            for (var t = 0; t < block.Count; t++)
            {
                values.Add(block.FirstTrial + t);
                for (var g = 0; g < block.CumulativeMt.Length; g++)
                {
                    foreach (var reading in block.ReadingsMt)
                    {
                        values.Add(reading[g][t]);
                    }

                    values.Add(block.FirstYearMet[g][t]);
                }

                values.Add(block.ProjectsFunded[t]);
                values.Add(block.PartnersActive[t]);
                foreach (var series in block.Annual)
                {
                    for (var y = 0; y < block.Years; y++)
                    {
                        values.Add(series[block.At(y, t)]);
                    }
                }
            }
        }

        return values;
    }
}
