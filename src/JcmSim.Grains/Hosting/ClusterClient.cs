using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JcmSim.Grains.Hosting;

/// <summary>
/// An Orleans client connected to a JcmSim cluster (what <c>jcmsim run --cluster</c> uses):
/// gateways are read from the cluster's Redis membership table. Logs warnings and errors to
/// <see cref="HostLog.Shared"/> (a run's <c>jcmsim.log</c>; standard error only with <c>--verbose</c>).
/// </summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host, ClusterAddress cluster)
    {
        _host = host;
        Cluster = cluster;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The cluster connected to.</summary>
    public ClusterAddress Cluster { get; }

    /// <summary>The client's grain factory: pass it to <see cref="Running.GrainRunner"/>.</summary>
    public IClusterClient Grains { get; }

    /// <summary>Connects to the cluster at <paramref name="cluster"/>.</summary>
    /// <exception cref="ClusterUnavailableException">Redis or every silo of the cluster is unreachable.</exception>
    public static async Task<ClusterClient> ConnectAsync(ClusterAddress cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "jcmsim" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A failed connection is reported once, by the exception ConnectAsync throws.
        var connected = new StrongBox<bool>();
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning && (connected.Value || level < LogLevel.Error));

        // A silo that dies resets its connections and gateway; the run carries on without it (its
        // blocks are run again), so the connection warnings, each with a stack trace, are noise here.
        builder.Logging.AddFilter("Orleans.Runtime.Messaging", LogLevel.Error);

        // The command's console is the planner's: the runtime's notes go to the run's log file.
        builder.Logging.AddProvider(HostLog.Shared);
        builder.UseOrleansClient(client => client.UseJcmSimCluster(cluster));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            var client = new ClusterClient(host, cluster);
            if (await client.CountActiveSilosAsync() == 0)
            {
                throw new ClusterUnavailableException($"The cluster at {cluster} has no active silo; start one with: jcmsim silo --cluster {cluster}");
            }

            connected.Value = true;
            return client;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw exception as ClusterUnavailableException ?? new ClusterUnavailableException(
                $"Cannot connect to the cluster at {cluster}: {exception.Message} Is Redis running there, and has at least one 'jcmsim silo --cluster {cluster}' started?",
                exception);
        }
    }

    /// <summary>Number of silos the cluster's membership counts as active now.</summary>
    public async Task<int> CountActiveSilosAsync()
    {
        var hosts = await Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return hosts.Count;
    }

    /// <summary>Disconnects from the cluster.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            _host.Dispose();
        }
    }
}
