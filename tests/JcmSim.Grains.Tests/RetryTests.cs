using JcmSim.Grains.Running;
using JcmSim.Grains.Tests.Support;

namespace JcmSim.Grains.Tests;

[Collection(FaultTestCollection.Name)]
public sealed class RetryTests(FaultTestCluster cluster)
{
    private const ulong Seed = 3;
    private const int Trials = 100;
    private const int BlockSize = 8;

    [Fact]
    public async Task A_block_that_fails_once_is_retried_with_identical_results()
    {
        var scenario = TestScenarios.Grains();
        var expected = await Runs.InProcessAsync(scenario, Seed, Trials, BlockSize);
        cluster.Hooks.Reset(r => r.Block == 2 && r.Attempt == 1 ? BlockFault.Throw : BlockFault.None);

        var actual = await Runs.OnGrainsAsync(cluster.Grains, scenario, Seed, Trials, BlockSize);

        ResultAssert.ContiguousTrials(actual, Trials);
        ResultAssert.SameBlocks(expected, actual);
        AssertAttempts(expected.Count, retried: 2);
    }

    [Fact]
    public async Task A_hung_block_times_out_and_is_retried_with_identical_results()
    {
        var scenario = TestScenarios.Grains();
        var expected = await Runs.InProcessAsync(scenario, Seed, Trials, BlockSize);
        cluster.Hooks.Reset(r => r.Block == 5 && r.Attempt == 1 ? BlockFault.HangUntilCancelled : BlockFault.None);

        var actual = await Runs.OnGrainsAsync(cluster.Grains, scenario, Seed, Trials, BlockSize);

        ResultAssert.ContiguousTrials(actual, Trials);
        ResultAssert.SameBlocks(expected, actual);
        AssertAttempts(expected.Count, retried: 5);
    }

    [Fact]
    public async Task A_block_that_always_fails_fails_the_run_after_the_allowed_attempts()
    {
        cluster.Hooks.Reset(r => r.Block == 3 ? BlockFault.Throw : BlockFault.None);

        var error = await Assert.ThrowsAsync<BlockFailedException>(() => Runs.OnGrainsAsync(cluster.Grains, TestScenarios.Grains(), Seed, Trials, BlockSize));

        Assert.Contains("Block 3", error.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], cluster.Hooks.Attempts.Where(a => a.Request.Block == 3).Select(a => a.Request.Attempt).Order());
    }

    private void AssertAttempts(int blocks, int retried)
    {
        var attempts = cluster.Hooks.Attempts.Select(a => a.Request).ToList();
        for (var b = 0; b < blocks; b++)
        {
            var expected = b == retried ? new[] { 1, 2 } : [1];
            Assert.Equal(expected, attempts.Where(r => r.Block == b).Select(r => r.Attempt).Order());
        }

        // Every attempt of a run carries the same setup for its block: same trials, same seed.
        Assert.All(attempts.GroupBy(r => r.Block), g => Assert.Single(g.Select(r => (r.Setup.FirstTrial, r.Setup.Count, r.Setup.Seed)).Distinct()));
    }
}
