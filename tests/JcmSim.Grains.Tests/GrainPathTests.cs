using JcmSim.Grains.Tests.Support;

namespace JcmSim.Grains.Tests;

[Collection(ThreeSiloCollection.Name)]
public sealed class GrainPathTests(ThreeSiloCluster cluster)
{
    private const ulong Seed = 7;
    private const int Trials = 300;

    [Fact]
    public async Task Grain_path_gives_the_in_process_results_bit_for_bit()
    {
        var scenario = TestScenarios.Grains();
        var expected = await Runs.InProcessAsync(scenario, Seed, Trials, 64);

        var actual = await Runs.OnGrainsAsync(cluster.Grains, scenario, Seed, Trials, 64);

        ResultAssert.ContiguousTrials(actual, Trials);
        ResultAssert.SameBlocks(expected, actual);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(4096)]
    public async Task Grain_path_results_do_not_depend_on_the_block_size(int blockSize)
    {
        var scenario = TestScenarios.Grains();
        var expected = ResultAssert.PerTrialBits(await Runs.InProcessAsync(scenario, Seed, Trials, Trials));

        var blocks = await Runs.OnGrainsAsync(cluster.Grains, scenario, Seed, Trials, blockSize);

        ResultAssert.ContiguousTrials(blocks, Trials);
        Assert.Equal(expected, ResultAssert.PerTrialBits(blocks));
    }

    [Fact]
    public async Task A_different_seed_gives_different_results()
    {
        var scenario = TestScenarios.Grains();

        var a = ResultAssert.PerTrialBits(await Runs.OnGrainsAsync(cluster.Grains, scenario, Seed, 50, 16));
        var b = ResultAssert.PerTrialBits(await Runs.OnGrainsAsync(cluster.Grains, scenario, Seed + 1, 50, 16));

        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task Blocks_are_spread_over_the_silos_and_each_runs_once()
    {
        cluster.Hooks.Reset();

        var blocks = await Runs.OnGrainsAsync(cluster.Grains, TestScenarios.Grains(), Seed, Trials, 7);

        var attempts = cluster.Hooks.Attempts;
        Assert.Equal(blocks.Count, attempts.Count);
        Assert.Equal(Enumerable.Range(0, blocks.Count), attempts.Select(a => a.Request.Block).Order());
        Assert.All(attempts, a => Assert.Equal(1, a.Request.Attempt));

        // 43 blocks placed at random on 3 silos all land on one with probability 3^-42.
        Assert.True(attempts.Select(a => a.Silo).Distinct().Count() >= 2, "all blocks ran on one silo");
    }

    [Fact]
    public async Task An_empty_run_yields_no_blocks()
    {
        var blocks = await Runs.OnGrainsAsync(cluster.Grains, TestScenarios.Grains(), Seed, 0, 64);

        Assert.Empty(blocks);
    }
}
