using JcmSim.Grains.Hosting;
using JcmSim.Runs.Engines;

namespace JcmSim.Runs;

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


    /// <summary>Draw charts/ and report.html (the command line does; the notebook API draws on demand).</summary>
    public bool WriteCharts { get; init; } = true;

    /// <summary>The engine <see cref="InProcess"/>, <see cref="Cluster"/> and <see cref="MaxParallelBlocks"/> name.</summary>
    public EngineChoice Engine => EngineChoice.From(InProcess, Cluster, MaxParallelBlocks);

    /// <summary>The block size to use: the option, or <see cref="BlockSizing.For"/>.</summary>
    public int EffectiveBlockSize(int cores) => BlockSize > 0 ? BlockSize : BlockSizing.For(Trials, cores, autoStop: Precision is not null);
}
