using JcmSim.Runs;

namespace JcmSim.Explorer.Tests;

/// <summary>How estimates are cut into waves, and how the shared queue takes turns between sessions.</summary>
public sealed class WavesAndQueueTests
{
    [Theory]
    [InlineData(4096, 256, new[] { 256, 512, 1024, 2048, 4096 })]
    [InlineData(1000, 256, new[] { 256, 512, 1000 })]
    [InlineData(64, 256, new[] { 64 })]
    [InlineData(100, 32, new[] { 32, 64, 100 })]
    public void Waves_double_from_the_first_to_the_cap_on_block_boundaries(int cap, int first, int[] waves)
    {
        var blockSize = Math.Min(EstimateRunner.MaxBlockSize, first);

        Assert.Equal(waves, EstimateWaves.ToCap(cap, first));
        Assert.All(waves[..^1], w => Assert.Equal(0, w % blockSize));
    }

    [Fact]
    public void An_estimate_whose_targets_are_out_of_reach_stops_at_the_precision_on_jcmsim_runs_first_wave_end_not_before()
    {
        // Given no trial meeting either target (the baseline's case): ±1 point is reached after 256 trials already
        var waves = new EstimateWaves(cap: 4096, firstWave: 256, precision: 0.01);
        Assert.True(PrecisionStop.WidestHalfWidth([0, 0], 256) <= 0.01);

        // When the waves run
        var (ends, stop) = Run(waves, _ => 0.0);

        // Then the updates at 256 and 512 go on, and the estimate stops where jcmsim run --precision decides first
        Assert.Equal([256, 512, PrecisionStop.WaveTrials], ends);
        Assert.Equal(EstimateStop.Precision, stop);
    }

    [Fact]
    public void An_estimate_at_even_odds_stops_at_the_wave_end_jcmsim_run_computes_from_the_estimates_so_far()
    {
        // Given every target met in half the trials: ±2 points needs about 2,400 trials
        var waves = new EstimateWaves(cap: 4096, firstWave: 256, precision: 0.02);

        // When the waves run
        var (ends, stop) = Run(waves, _ => 0.5);

        // Then after 1,024 trials the next decision is at PrecisionStop.NextWave's end (3,072), with a doubling update before it
        var next = PrecisionStop.NextWave([512, 512], PrecisionStop.WaveTrials, 0.02, 4096);
        Assert.Equal(3072, next);
        Assert.Equal([256, 512, 1024, 2048, next], ends);
        Assert.Equal(EstimateStop.Precision, stop);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.001)]
    public void Without_a_precision_or_short_of_it_the_estimate_runs_to_the_cap_and_says_so(double precision)
    {
        var (ends, stop) = Run(new EstimateWaves(cap: 4096, firstWave: 256, precision), _ => 0.5);

        Assert.Equal(4096, ends[^1]);
        Assert.Equal(EstimateStop.Cap, stop);
    }

    // Runs the waves with each target met in the share of the trials `share` gives for a wave end.
    private static (List<int> Ends, EstimateStop Stop) Run(EstimateWaves waves, Func<int, double> share)
    {
        var ends = new List<int>();
        while (true)
        {
            ends.Add(waves.End);
            var met = (int)Math.Round(share(waves.End) * waves.End);
            if (waves.Advance([met, met]) is { } stop)
            {
                return (ends, stop);
            }
        }
    }

    [Fact]
    public async Task A_session_waiting_for_its_first_wave_goes_before_the_next_wave_of_a_long_estimate()
    {
        // Given one worker busy with the first wave of a long estimate (session A)
        await using var queue = new FairWorkQueue(workers: 1, capacity: 8);
        var order = new List<string>();
        var gate = new TaskCompletionSource();
        async Task Wave(string name, Task? wait = null)
        {
            await queue.RunAsync(async _ =>
            {
                lock (order)
                {
                    order.Add(name);
                }

                if (wait is not null)
                {
                    await wait;
                }
            }, CancellationToken.None);
        }

        var a = Task.Run(async () =>
        {
            await Wave("A1", gate.Task);
            await Wave("A2");
            await Wave("A3");
        });
        while (true)
        {
            lock (order)
            {
                if (order.Count == 1)
                {
                    break;
                }
            }

            await Task.Yield();
        }

        // When session B asks for its first wave, then A's first wave ends
        var b = Wave("B1");
        gate.SetResult();
        await Task.WhenAll(a, b);

        // Then B runs before A's second wave
        Assert.Equal(["A1", "B1", "A2", "A3"], order);
    }

    [Fact]
    public async Task Work_whose_session_moved_on_is_skipped()
    {
        await using var queue = new FairWorkQueue(workers: 1, capacity: 8);
        var gate = new TaskCompletionSource();
        var ran = false;
        var busy = queue.RunAsync(_ => gate.Task, CancellationToken.None);
        using var stale = new CancellationTokenSource();
        var skipped = queue.RunAsync(_ =>
        {
            ran = true;
            return Task.CompletedTask;
        }, stale.Token);

        await stale.CancelAsync();
        gate.SetResult();
        await busy;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => skipped);
        await queue.RunAsync(_ => Task.CompletedTask, CancellationToken.None);
        Assert.False(ran);
    }

    [Fact]
    public async Task A_full_queue_refuses_with_503()
    {
        await using var queue = new FairWorkQueue(workers: 1, capacity: 1);
        var gate = new TaskCompletionSource();
        var busy = queue.RunAsync(_ => gate.Task, CancellationToken.None);
        while (true)
        {
            // The worker has taken the first item once a second one fits.
            var waiting = queue.RunAsync(_ => Task.CompletedTask, CancellationToken.None);
            if (!waiting.IsFaulted)
            {
                var refused = await Assert.ThrowsAsync<RequestProblems>(() => queue.RunAsync(_ => Task.CompletedTask, CancellationToken.None));
                Assert.Equal(503, refused.StatusCode);
                gate.SetResult();
                await Task.WhenAll(busy, waiting);
                return;
            }

            await Task.Yield();
        }
    }
}
