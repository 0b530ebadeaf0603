using JcmSim.Grains.Hosting;
using Orleans.Configuration;

// The namespace of the host builders, as Orleans' own providers do, so the methods are found
// wherever a silo or client is configured.
namespace Microsoft.Extensions.Hosting;

/// <summary>Joins a silo or a client to a JcmSim cluster whose membership lives in Redis.</summary>
public static class JcmSimClusterBuilderExtensions
{
    /// <summary>
    /// Makes the silo a member of the cluster at <paramref name="cluster"/> (Redis membership,
    /// JcmSim's service and cluster ids). Used with <c>AddJcmSim()</c> by <c>jcmsim silo</c>:
    /// <c>silo.UseJcmSimCluster(cluster).AddJcmSim()</c>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="cluster">Where the cluster's membership table is.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder UseJcmSimCluster(this ISiloBuilder builder, ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cluster);
        builder.UseRedisClustering(cluster.RedisConfiguration);
        builder.Configure<ClusterOptions>(ConfigureIds);
        return builder;
    }

    /// <summary>
    /// Connects the client to the cluster at <paramref name="cluster"/>: its gateways are read
    /// from the same Redis membership table the silos write. Used by <c>jcmsim run --cluster</c>.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="cluster">Where the cluster's membership table is.</param>
    /// <returns>The same builder.</returns>
    public static IClientBuilder UseJcmSimCluster(this IClientBuilder builder, ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cluster);
        builder.UseRedisClustering(cluster.RedisConfiguration);
        builder.Configure<ClusterOptions>(ConfigureIds);
        return builder;
    }

    private static void ConfigureIds(ClusterOptions options)
    {
        options.ServiceId = ClusterAddress.ServiceId;
        options.ClusterId = ClusterAddress.ClusterId;
    }
}
