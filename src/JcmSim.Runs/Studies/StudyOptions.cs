using JcmSim.Grains.Hosting;
using JcmSim.Runs.Engines;

namespace JcmSim.Runs.Studies;

/// <summary>The options every study (sweep, sensitivity, discover, goal-seek) shares, validated by the command line.</summary>
public sealed record StudyOptions
{
    /// <summary>The scenario file.</summary>
    public required string Scenario { get; init; }

    /// <summary>Trials per design point (or per probe of a goal-seek).</summary>
    public required int TrialsPerPoint { get; init; }

    /// <summary>Seed shared by every point (common random numbers) and by the design.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Output folder, or null for <c>out/NAME-KIND-TIMESTAMP</c>.</summary>
    public string? Out { get; init; }

    /// <summary>"en" or "ja".</summary>
    public string Language { get; init; } = "en";

    /// <summary>Replace a non-empty output folder.</summary>
    public bool Force { get; init; }

    /// <summary>Run without Orleans.</summary>
    public bool InProcess { get; init; }

    /// <summary>Trials per block; 0 = automatic. Results do not depend on it.</summary>
    public int BlockSize { get; init; }

    /// <summary>Blocks in flight at once; 0 = twice the core count.</summary>
    public int MaxParallelBlocks { get; init; }

    /// <summary>Run on this cluster instead of an embedded silo.</summary>
    public ClusterAddress? Cluster { get; init; }

    /// <summary>The engine <see cref="InProcess"/>, <see cref="Cluster"/> and <see cref="MaxParallelBlocks"/> name.</summary>
    public EngineChoice Engine => EngineChoice.From(InProcess, Cluster, MaxParallelBlocks);

    /// <summary>Vary only inputs whose path is or starts with one of these; empty = every input of <c>uncertainties:</c>.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];
}
