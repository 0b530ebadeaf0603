using System.Diagnostics;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// A stopped run stops: the block loop observes cancellation between years, so a block that would
/// run for minutes ends within a year's work (a fraction of a second here), not at its end.
/// </summary>
public sealed class CancellationTests
{
    private const int Trials = 64;

    // Generous, so the test is about responsiveness, not speed: without the check between years the
    // block runs on for minutes and this bound fails.
    private static readonly TimeSpan Responsive = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_block_that_would_run_for_minutes_stops_within_seconds_of_cancellation()
    {
        using var stop = new CancellationTokenSource();
        var compiled = new CompiledScenario(LongBlock());
        var run = Task.Run(async () =>
        {
            await foreach (var block in InProcessSimulator.RunAsync(compiled, 1, new TrialPlan(Trials, Trials), 1, stop.Token))
            {
                Assert.Fail($"block of trial {block.FirstTrial} finished before it was cancelled");
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(run.IsCompleted, $"the run ended before it was cancelled: {run.Exception?.GetBaseException().Message}");

        var clock = Stopwatch.StartNew();
        await stop.CancelAsync();
        var stopped = await Task.WhenAny(run, Task.Delay(Responsive)) == run;
        clock.Stop();

        Assert.True(stopped, $"the run went on for more than {Responsive.TotalSeconds:F0} s after it was cancelled");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Responsive);
    }

    /// <summary>
    /// One block of <see cref="Trials"/> trials over 175 years with fifty times the rich scenario's
    /// opportunities: far longer than <see cref="Responsive"/> in all, a fraction of a second a year.
    /// </summary>
    internal static Scenario LongBlock()
    {
        var rich = TestScenarios.Rich();
        return rich with
        {
            Horizon = new SimulationHorizon(2026, 2200),
            Pipeline = rich.Pipeline with { Multiplier = Distribution.Fixed(50), GrowthRatePerYear = Distribution.Fixed(0) },
        };
    }
}
