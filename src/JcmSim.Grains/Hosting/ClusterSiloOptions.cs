using System.Net;

namespace JcmSim.Grains.Hosting;

/// <summary>How a <see cref="ClusterSilo"/> (one <c>jcmsim silo</c> node) joins its cluster.</summary>
public sealed record ClusterSiloOptions
{
    /// <summary>Orleans' usual silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Orleans' usual client gateway port.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>Where the cluster's membership table is.</summary>
    public required ClusterAddress Cluster { get; init; }

    /// <summary>Port other silos reach this one on. Default <see cref="DefaultSiloPort"/>.</summary>
    public int SiloPort { get; init; } = DefaultSiloPort;

    /// <summary>Port clients (<c>jcmsim run --cluster</c>) connect to. Default <see cref="DefaultGatewayPort"/>.</summary>
    public int GatewayPort { get; init; } = DefaultGatewayPort;

    /// <summary>
    /// Address this silo advertises to the others and to clients. Null: the loopback address when
    /// Redis is on this machine (a one-machine cluster), otherwise this machine's first IPv4
    /// address, as Orleans picks it.
    /// </summary>
    public IPAddress? Address { get; init; }

    /// <summary>
    /// Port of the Orleans Dashboard on this silo (served on the loopback address only), or null
    /// for none. Every cluster silo collects the dashboard's data either way, so one dashboard
    /// shows the whole cluster.
    /// </summary>
    public int? DashboardPort { get; init; }

    /// <summary>Throws when a port is out of range or two ports clash.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Cluster);
        ArgumentOutOfRangeException.ThrowIfLessThan(SiloPort, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SiloPort, IPEndPoint.MaxPort);
        ArgumentOutOfRangeException.ThrowIfLessThan(GatewayPort, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(GatewayPort, IPEndPoint.MaxPort);
        if (DashboardPort is { } dashboard)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(dashboard, 1, nameof(DashboardPort));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(dashboard, IPEndPoint.MaxPort, nameof(DashboardPort));
        }

        var ports = new[] { SiloPort, GatewayPort, DashboardPort ?? -1 }.Where(p => p > 0).ToArray();
        if (ports.Distinct().Count() != ports.Length)
        {
            throw new ArgumentException($"The silo, gateway and dashboard ports must differ (are {SiloPort}, {GatewayPort}, {DashboardPort?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).");
        }
    }
}
