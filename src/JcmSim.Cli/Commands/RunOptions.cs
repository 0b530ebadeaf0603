using JcmSim.Grains.Hosting;

namespace JcmSim.Cli.Commands;

/// <summary>The validated options of <c>jcmsim run</c>.</summary>
public sealed record RunOptions
{
    /// <summary>Scenario files; the first is the reference of a comparison.</summary>
    public required IReadOnlyList<string> Scenarios { get; init; }

    /// <summary>Trials per scenario.</summary>
    public required int Trials { get; init; }

    /// <summary>Seed shared by every scenario (common random numbers).</summary>
    public required ulong Seed { get; init; }

    /// <summary>Output folder, or null for <c>out/NAME-TIMESTAMP</c>.</summary>
    public string? Out { get; init; }

    /// <summary>Trials per block; 0 picks one from the trial count and cores (results do not depend on it).</summary>
    public required int BlockSize { get; init; }

    /// <summary>"en" or "ja".</summary>
    public required string Language { get; init; }

    /// <summary>Replace a non-empty output folder.</summary>
    public required bool Force { get; init; }

    /// <summary>Run without Orleans (the benchmark baseline).</summary>
    public required bool InProcess { get; init; }

    /// <summary>Blocks in flight at once; 0 = twice the core count.</summary>
    public required int MaxParallelBlocks { get; init; }

    /// <summary>The cluster to submit to (<c>--cluster redis=HOST:PORT</c>), or null to run embedded.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>The output folder of an interrupted run to continue (<c>--resume DIR</c>), or null.</summary>
    public string? Resume { get; init; }

    /// <summary>
    /// Auto-stop (<c>--precision</c>): the wanted half-width of every target probability's 95% interval,
    /// or null to run exactly <see cref="Trials"/> trials. Then <see cref="Trials"/> is the cap (<c>--max-trials</c>).
    /// </summary>
    public double? Precision { get; init; }

    /// <summary>Where to write the run's own measurements (<c>--stats</c>, hidden; used by <c>jcmsim bench</c>), or null.</summary>
    public string? StatsFile { get; init; }

    /// <summary>The block size to use: the option, or a cache-friendly size that gives every core several blocks.</summary>
    public int EffectiveBlockSize(int cores)
    {
        if (BlockSize > 0)
        {
            return BlockSize;
        }

        // Small blocks keep a block's struct-of-arrays state in cache (measured on the baseline:
        // 64–128 trials per block use ~20% less CPU than 1,000+) and balance the cores at the end
        // of a run; below ~32 the per-block grain calls start to show.
        var perCore = Math.Clamp((int)Math.Ceiling(Trials / (4.0 * Math.Max(1, cores))), 16, 128);

        // Auto-stopping runs end at multiples of PrecisionStop.WaveTrials, which powers of two divide.
        return Precision is null ? perCore : (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)perCore);
    }
}
