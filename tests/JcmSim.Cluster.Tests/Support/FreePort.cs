using System.Net;
using System.Net.Sockets;

namespace JcmSim.Cluster.Tests.Support;

/// <summary>Loopback ports free at the moment of asking (the processes given them bind them right after).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
