using JcmSim.Grains.Running;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Tests.Support;

/// <summary>Runs a scenario on either path and collects every block.</summary>
internal static class Runs
{
    public static async Task<List<TrialBlockResult>> OnGrainsAsync(IGrainFactory grains, Scenario scenario, ulong seed, int trials, int blockSize, int maxParallelBlocks = 0)
    {
        var blocks = new List<TrialBlockResult>();
        await foreach (var block in GrainRunner.RunAsync(grains, scenario, seed, new TrialPlan(trials, blockSize), maxParallelBlocks))
        {
            blocks.Add(block);
        }

        return blocks;
    }

    public static async Task<List<TrialBlockResult>> InProcessAsync(Scenario scenario, ulong seed, int trials, int blockSize)
    {
        var blocks = new List<TrialBlockResult>();
        await foreach (var block in InProcessSimulator.RunAsync(new CompiledScenario(scenario), seed, new TrialPlan(trials, blockSize)))
        {
            blocks.Add(block);
        }

        return blocks;
    }
}
