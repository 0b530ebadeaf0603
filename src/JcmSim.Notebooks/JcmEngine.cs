using JcmSim.Analysis.Results;
using JcmSim.Grains.Hosting;
using JcmSim.Runs.Engines;

namespace JcmSim.Notebooks;

/// <summary>
/// Where <see cref="Jcm"/> runs trials: in this process without Orleans, on an Orleans silo started
/// inside this process, or on a cluster of <c>jcmsim silo</c> nodes. Every engine gives the same
/// numbers, bit for bit; they differ only in speed and in what they need. A notebook-friendly name
/// for the application layer's <see cref="EngineChoice"/>.
/// </summary>
public sealed class JcmEngine
{
    private JcmEngine(EngineChoice choice) => Choice = choice;

    /// <summary>The model stepped in this process, no Orleans: the fastest start, the notebook default.</summary>
    public static JcmEngine InProcess { get; } = new(EngineChoice.InProcess);

    /// <summary>An Orleans silo inside this process (as <c>jcmsim run</c> does by default), started on first use and kept until <see cref="Jcm.ShutdownAsync"/>.</summary>
    public static JcmEngine Embedded { get; } = new(EngineChoice.Embedded);

    /// <summary>The engine as the application layer names it.</summary>
    public EngineChoice Choice { get; }

    /// <summary>How the manifest labels runs on this engine.</summary>
    public RunMode Mode => Choice.Mode;

    /// <summary>The cluster's membership address; null unless <see cref="Mode"/> is <see cref="RunMode.Cluster"/>.</summary>
    public ClusterAddress? Cluster => Choice.Cluster;

    /// <summary>A cluster of <c>jcmsim silo</c> nodes whose membership is in Redis, e.g. <c>redis=127.0.0.1:6379</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not of the form <c>redis=HOST:PORT</c>.</exception>
    public static JcmEngine OnCluster(string address) =>
        ClusterAddress.TryParse(address, out var cluster, out var problem)
            ? OnCluster(cluster)
            : throw new ArgumentException(problem, nameof(address));

    /// <summary>A cluster of <c>jcmsim silo</c> nodes whose membership is at <paramref name="cluster"/>.</summary>
    public static JcmEngine OnCluster(ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new JcmEngine(EngineChoice.OnCluster(cluster));
    }

    /// <summary>"in-process", "embedded" or "cluster redis=HOST:PORT".</summary>
    public override string ToString() => Choice.ToString();
}
