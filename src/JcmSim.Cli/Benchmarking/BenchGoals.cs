namespace JcmSim.Cli.Benchmarking;

/// <summary>
/// The performance goals <c>jcmsim bench</c> prints beside its figures (issue 18: close to the model's own limit,
/// a fast start): stated once here, for the table and for bench.json's readers.
/// </summary>
public static class BenchGoals
{
    /// <summary>Wall time of a whole <c>jcmsim run --trials 100</c> process on 2 cores, in seconds (at most).</summary>
    public const double ShortRunSeconds = 1.5;

    /// <summary>Embedded Orleans ÷ in-process trials per second at 100,000 trials (at least).</summary>
    public const double EmbeddedToInProcessRatio = 0.9;

    /// <summary>Wall time of 1,000,000 trials ÷ 100,000 trials, whole command (at most).</summary>
    public const double LargeToSmallTimeRatio = 10.5;

    /// <summary>Peak working set of 1,000,000 trials ÷ 100,000 trials (at most).</summary>
    public const double LargeToSmallPeakMemoryRatio = 1.2;

    /// <summary>Peak working set of 1,000,000 trials, in bytes (below).</summary>
    public const long LargePeakMemoryBytes = 3L << 29;
}
