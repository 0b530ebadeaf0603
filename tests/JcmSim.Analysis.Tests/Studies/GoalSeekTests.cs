using JcmSim.Analysis.Studies;
using JcmSim.Model.Randomness;

namespace JcmSim.Analysis.Tests.Studies;

public sealed class GoalSeekTests
{
    private const int Trials = 4000;

    // p(x) = logistic(slope·(x − 5)); binomial draws under common random numbers: trial t meets the
    // target iff its fixed uniform u_t < p(x), as the CLI's probes share one seed.
    private static readonly double[] Uniforms = Enumerable.Range(0, Trials).Select(t =>
    {
        var stream = new RandomStream(StreamKey.For(99, StableHash.Of("goal-seek-test"), 0, RandomPurpose.Parameter), t);
        return stream.NextUniform();
    }).ToArray();

    [Fact]
    public async Task Recovers_the_root_of_a_rising_probability_inside_its_interval()
    {
        var root = 5 + Math.Log(4); // logistic(x − 5) = 0.8

        var result = await GoalSeek.SeekAsync(Logistic(1), new GoalSeekRequest(0, 10, 0.8), CancellationToken.None);

        Assert.Equal(GoalSeekStatus.Reached, result.Status);
        Assert.True(result.Increasing);
        Assert.NotNull(result.IntervalLow);
        Assert.NotNull(result.IntervalHigh);
        Assert.InRange(root, result.IntervalLow!.Value, result.IntervalHigh!.Value);
        // dp/dx = p(1 − p) = 0.16 at the root; the standard error of p̂ is √(0.16/4000) = 0.0063, i.e.
        // 0.04 in x; plus the bisection tolerance 0.1. Both interval ends are within a few of those.
        Assert.Equal(root, result.Value!.Value, 0.2);
        Assert.InRange(result.IntervalHigh.Value - result.IntervalLow.Value, 0, 1.0);
        Assert.InRange(result.Probes.Count, 3, 20);
        Assert.Equal([0.0, 10.0], result.Probes.Take(2).Select(p => p.Value));
    }

    [Fact]
    public async Task Recovers_the_root_of_a_falling_probability()
    {
        var root = 5 - Math.Log(4); // logistic(5 − x) = 0.8

        var result = await GoalSeek.SeekAsync(Logistic(-1), new GoalSeekRequest(0, 10, 0.8), CancellationToken.None);

        Assert.Equal(GoalSeekStatus.Reached, result.Status);
        Assert.False(result.Increasing);
        Assert.InRange(root, result.IntervalLow!.Value, result.IntervalHigh!.Value);
        Assert.Equal(root, result.Value!.Value, 0.2);
    }

    [Fact]
    public async Task Reports_a_target_out_of_reach_within_the_range()
    {
        var result = await GoalSeek.SeekAsync(Logistic(1), new GoalSeekRequest(0, 3, 0.8), CancellationToken.None);

        Assert.Equal(GoalSeekStatus.UnreachableWithinRange, result.Status);
        Assert.Null(result.Value);
        Assert.Equal(2, result.Probes.Count);
    }

    [Fact]
    public async Task Reports_a_target_met_throughout_the_range()
    {
        var result = await GoalSeek.SeekAsync(Logistic(1), new GoalSeekRequest(7, 10, 0.8), CancellationToken.None);

        Assert.Equal(GoalSeekStatus.MetThroughoutRange, result.Status);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Reports_a_probability_that_is_not_monotone_in_the_lever()
    {
        // Rising from 0 (0.1) to 10 (0.9), but 0.97 at 5: credibly above the value at 10.
        Task<ProbabilityEstimate> Probe(double x, CancellationToken _) =>
            Task.FromResult(new ProbabilityEstimate(x switch { 0 => 100, 10 => 900, _ => 970 }, 1000));

        var result = await GoalSeek.SeekAsync(Probe, new GoalSeekRequest(0, 10, 0.8), CancellationToken.None);

        Assert.Equal(GoalSeekStatus.NotMonotone, result.Status);
        Assert.Null(result.Value);
        Assert.Equal([0.0, 10.0, 5.0], result.Probes.Select(p => p.Value));
    }

    [Fact]
    public async Task Noise_within_the_intervals_is_not_taken_for_non_monotonicity()
    {
        // 0.91 at 5 vs 0.90 at 10 with 1000 trials: the Wilson intervals overlap.
        Task<ProbabilityEstimate> Probe(double x, CancellationToken _) =>
            Task.FromResult(new ProbabilityEstimate(x < 2.5 ? 100 : x < 4 ? 600 : x > 9 ? 900 : 910, 1000));

        var result = await GoalSeek.SeekAsync(Probe, new GoalSeekRequest(0, 10, 0.8, RelativeTolerance: 0.05), CancellationToken.None);

        Assert.Equal(GoalSeekStatus.Reached, result.Status);
    }

    [Fact]
    public async Task Rejects_an_empty_range()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => GoalSeek.SeekAsync(Logistic(1), new GoalSeekRequest(5, 5, 0.8), CancellationToken.None));
    }

    private static Func<double, CancellationToken, Task<ProbabilityEstimate>> Logistic(double slope) => (x, _) =>
    {
        var p = 1 / (1 + Math.Exp(-slope * (x - 5)));
        return Task.FromResult(new ProbabilityEstimate(Uniforms.Count(u => u < p), Trials));
    };
}
