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
}
