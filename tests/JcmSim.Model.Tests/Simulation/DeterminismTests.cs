using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;

namespace JcmSim.Model.Tests.Simulation;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_seed_gives_identical_results_for_any_block_size()
    {
        var scenario = TestScenarios.Rich();
        var reference = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 7, 300, 300));

        foreach (var blockSize in new[] { 1, 7, 64, 4096 })
        {
            var values = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 7, 300, blockSize));
            Assert.Equal(reference.Count, values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                // Bit equality: NaN-safe and stricter than ==.
                Assert.True(BitConverter.DoubleToInt64Bits(reference[i]) == BitConverter.DoubleToInt64Bits(values[i]), $"block size {blockSize}: value {i} differs");
            }
        }
    }

    [Fact]
    public void A_different_seed_gives_different_results()
    {
        var scenario = TestScenarios.Rich();

        var a = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 7, 50, 50));
        var b = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 8, 50, 50));

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_trial_does_not_depend_on_how_many_trials_run()
    {
        var scenario = TestScenarios.Rich();

        var small = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 3, 20, 8));
        var large = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 3, 100, 32));

        Assert.Equal(small, large.Take(small.Count));
    }

    [Fact]
    public void A_block_on_buffers_another_block_left_behind_gives_the_same_results()
    {
        // Blocks of this scenario leave their backlog's buffers on the shelf; a run of another scenario with as many
        // countries and trials per block fills them with its own opportunities before the second run takes them.
        var rich = TestScenarios.Rich();
        var scenario = rich with { Pipeline = rich.Pipeline with { BacklogAgeOutPerYear = new UniformDistribution(0.2, 0.5) } };
        var other = scenario with { Name = "other" };
        var first = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 5, 96, 32));
        _ = SimulationRunner.Run(other, 6, 96, 32);
        Assert.True(OpportunityBacklog.ShelvedBuffers > 0);

        var again = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 5, 96, 32));

        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), again.Select(BitConverter.DoubleToInt64Bits));
    }
}
