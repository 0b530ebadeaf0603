using JcmSim.Grains.Hosting;

namespace JcmSim.Cli.Reporting;

/// <summary>The validated options of <c>jcmsim tornado</c>.</summary>
public sealed record TornadoOptions
{
    /// <summary>Trials per run unless <c>--trials</c> says otherwise: enough for stable medians and P(target) to about ±2 points, small enough that a study of a few hundred inputs takes minutes.</summary>
    public const int DefaultTrials = 500;

    /// <summary>The scenario file.</summary>
    public required string Scenario { get; init; }

    /// <summary>Trials per run (the base run and each low/high run).</summary>
    public required int Trials { get; init; }

    /// <summary>Seed shared by every run (common random numbers).</summary>
    public required ulong Seed { get; init; }

    /// <summary>Output folder, or null for <c>out/NAME-tornado-TIMESTAMP</c>.</summary>
    public string? Out { get; init; }

    /// <summary>"en" or "ja".</summary>
    public required string Language { get; init; }

    /// <summary>Replace a non-empty output folder.</summary>
    public required bool Force { get; init; }

    /// <summary>Run without Orleans.</summary>
    public required bool InProcess { get; init; }

    /// <summary>Blocks in flight at once; 0 = twice the core count.</summary>
    public required int MaxParallelBlocks { get; init; }

    /// <summary>Run on this cluster instead of an embedded silo.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>Vary only inputs whose path starts with one of these (e.g. "channels", "sectors.solar"); empty = all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Bars per chart.</summary>
    public required int Top { get; init; }

    /// <summary>Probability of the low setting.</summary>
    public double LowQuantile { get; init; } = 0.1;

    /// <summary>Probability of the high setting.</summary>
    public double HighQuantile { get; init; } = 0.9;
}
