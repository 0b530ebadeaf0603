using JcmSim.Grains.Running;
using JcmSim.Grains.Tests.Support;

namespace JcmSim.Grains.Tests;

/// <summary>
/// DESIGN §5.4: a silo killed mid-run loses and duplicates no trial, and the run completes with
/// identical results. Each test kills one silo of the shared cluster (three to start with).
/// </summary>
[Collection(KillableCollection.Name)]
public sealed class SiloFailureTests(KillableCluster cluster)
{
    private const ulong Seed = 13;
    private const int Trials = 200;
    private const int BlockSize = 8;
    private const int HeldBlock = 10;

    [Fact]
    public async Task Killing_the_silo_of_a_running_block_loses_and_duplicates_no_trial()
    {
        var expected = await Runs.InProcessAsync(TestScenarios.Grains(), Seed, Trials, BlockSize);
        var run = StartRunHoldingABlock();
        var (silo, _) = await cluster.Hooks.FirstHang.WaitAsync(TimeSpan.FromMinutes(1));

        await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Single(s => s.Name == silo));
        var actual = await run.WaitAsync(TimeSpan.FromMinutes(1));

        ResultAssert.ContiguousTrials(actual, Trials);
        ResultAssert.SameBlocks(expected, actual);
        Assert.True(cluster.Hooks.Attempts.Count(a => a.Request.Block == HeldBlock) >= 2, "the held block was not run again");
    }

    [Fact]
    public async Task Killing_the_silo_of_the_run_grain_resumes_the_run_where_it_stopped()
    {
        var expected = await Runs.InProcessAsync(TestScenarios.Grains(), Seed, Trials, BlockSize);
        var run = StartRunHoldingABlock();
        var (_, held) = await cluster.Hooks.FirstHang.WaitAsync(TimeSpan.FromMinutes(1));
        var runGrain = cluster.Grains.GetGrain<IRunGrain>(held.RunId).GetGrainId();
        Assert.True(cluster.Cluster.TryGetGrainContext(runGrain, out var context), "run grain not found");

        await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(context.Address.SiloAddress)));
        var actual = await run.WaitAsync(TimeSpan.FromMinutes(1));

        ResultAssert.ContiguousTrials(actual, Trials);
        ResultAssert.SameBlocks(expected, actual);
        Assert.True(cluster.Hooks.Attempts.Select(a => a.Request.RunId).Distinct().Count() >= 2, "the run was not resumed under a new run grain");
    }

    private Task<List<Model.Outcomes.TrialBlockResult>> StartRunHoldingABlock()
    {
        // The first attempt of one block, in the first run grain only, waits until it is
        // cancelled: the run is certainly in flight when the test kills a silo.
        string? firstRun = null;
        cluster.Hooks.Reset(r =>
        {
            Interlocked.CompareExchange(ref firstRun, r.RunId, null);
            return r.Block == HeldBlock && r.Attempt == 1 && r.RunId == firstRun ? BlockFault.HangUntilCancelled : BlockFault.None;
        });
        return Runs.OnGrainsAsync(cluster.Grains, TestScenarios.Grains(), Seed, Trials, BlockSize, maxParallelBlocks: 4);
    }
}
