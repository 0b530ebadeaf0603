using JcmSim.Analysis.Results;
using JcmSim.Grains.Hosting;

namespace JcmSim.Runs.Engines;

/// <summary>
/// Where trials run — in this process without Orleans, on an Orleans silo started in this process,
/// or on a cluster of <c>jcmsim silo</c> nodes — and how many blocks are in flight. Every choice
/// gives the same numbers, bit for bit; they differ in speed and in what they need. The one place
/// an engine is opened, for every run, study and front end.
/// </summary>
public sealed record EngineChoice
{
    private EngineChoice(RunMode mode, ClusterAddress? cluster, int maxParallelBlocks)
    {
        if (maxParallelBlocks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxParallelBlocks), maxParallelBlocks, "Blocks in flight must be 0 (automatic) or more.");
        }

        Mode = mode;
        Cluster = cluster;
        MaxParallelBlocks = maxParallelBlocks;
    }

    /// <summary>The model stepped in this process, no Orleans.</summary>
    public static EngineChoice InProcess { get; } = new(RunMode.InProcess, null, 0);

    /// <summary>An Orleans silo inside this process (localhost clustering): <c>jcmsim run</c>'s default.</summary>
    public static EngineChoice Embedded { get; } = new(RunMode.Embedded, null, 0);

    /// <summary>How the manifest labels runs on this engine.</summary>
    public RunMode Mode { get; }

    /// <summary>The cluster's membership address; null unless <see cref="Mode"/> is <see cref="RunMode.Cluster"/>.</summary>
    public ClusterAddress? Cluster { get; }

    /// <summary>Blocks in flight at once; 0 = twice the core count here, or what the run grain chooses on a cluster.</summary>
    public int MaxParallelBlocks { get; }

    /// <summary>A cluster of <c>jcmsim silo</c> nodes whose membership is at <paramref name="cluster"/>.</summary>
    public static EngineChoice OnCluster(ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new EngineChoice(RunMode.Cluster, cluster, 0);
    }

    /// <summary>The engine the command-line options name: <c>--cluster</c>, else <c>--in-process</c>, else embedded.</summary>
    public static EngineChoice From(bool inProcess, ClusterAddress? cluster, int maxParallelBlocks) =>
        (cluster is not null ? OnCluster(cluster) : inProcess ? InProcess : Embedded).WithParallelBlocks(maxParallelBlocks);

    /// <summary>This engine with <paramref name="maxParallelBlocks"/> blocks in flight (0 = automatic).</summary>
    public EngineChoice WithParallelBlocks(int maxParallelBlocks) => new(Mode, Cluster, maxParallelBlocks);

    /// <summary>Blocks in flight on this machine: the option, or twice the core count.</summary>
    public int LocalParallelBlocks => MaxParallelBlocks > 0 ? MaxParallelBlocks : 2 * Environment.ProcessorCount;

    /// <summary>Starts or connects to the engine; the caller disposes it.</summary>
    /// <exception cref="ClusterUnavailableException">Redis or every silo of the cluster is unreachable.</exception>
    public async Task<ISimulationEngine> OpenAsync(CancellationToken cancellationToken) => Mode switch
    {
        RunMode.InProcess => new InProcessEngine(LocalParallelBlocks),
        RunMode.Embedded => await EmbeddedOrleansEngine.StartAsync(LocalParallelBlocks, cancellationToken).ConfigureAwait(false),
        _ => await ClusterEngine.ConnectAsync(Cluster!, MaxParallelBlocks, cancellationToken).ConfigureAwait(false),
    };

    /// <summary>"in-process", "embedded" or "cluster redis=HOST:PORT".</summary>
    public override string ToString() => Mode switch
    {
        RunMode.InProcess => "in-process",
        RunMode.Embedded => "embedded",
        _ => $"cluster {Cluster}",
    };
}
