using System.Diagnostics;
using JcmSim.Grains.Running;
using JcmSim.Grains.Tests.Support;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Tests;

/// <summary>
/// A run stopped by its caller stops on the silos too: the cancellation reaches the block grain,
/// which observes it between years, so a block that would run for minutes is gone within seconds.
/// </summary>
[Collection(ThreeSiloCollection.Name)]
public sealed class CancellationTests(ThreeSiloCluster cluster)
{
    private const int Trials = 64;

    // Generous, so the test is about responsiveness, not speed.
    private static readonly TimeSpan Responsive = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_cancelled_run_ends_its_block_grains_within_seconds()
    {
        using var stop = new CancellationTokenSource();
        var run = Task.Run(async () =>
        {
            await foreach (var block in GrainRunner.RunAsync(cluster.Grains, LongBlock(), 1, new TrialPlan(Trials, Trials), 1, stop.Token))
            {
                Assert.Fail($"block of trial {block.FirstTrial} finished before it was cancelled");
            }
        });
        Assert.True(await WaitForAsync(async () => await BlockActivationsAsync() > 0, TimeSpan.FromMinutes(1)), "the block never started");
        Assert.False(run.IsCompleted, $"the run ended before it was cancelled: {run.Exception?.GetBaseException().Message}");

        var clock = Stopwatch.StartNew();
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Responsive));
        var blocksGone = await WaitForAsync(async () => await BlockActivationsAsync() == 0, Responsive);

        Assert.True(blocksGone, $"a block grain still ran {clock.Elapsed.TotalSeconds:F1} s after the run was cancelled");
    }

    // The grains' test scenario over 175 years with fifty times its opportunities: a block far longer than Responsive.
    private static Scenario LongBlock()
    {
        var scenario = TestScenarios.Grains();
        return scenario with
        {
            Horizon = new SimulationHorizon(2026, 2200),
            Pipeline = scenario.Pipeline with { Multiplier = Distribution.Fixed(50), GrowthRatePerYear = Distribution.Fixed(0) },
        };
    }

    private async Task<int> BlockActivationsAsync()
    {
        var statistics = await cluster.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("TrialBlockGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }
}
