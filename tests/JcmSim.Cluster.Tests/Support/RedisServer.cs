using System.Net.Sockets;
using System.Text;

namespace JcmSim.Cluster.Tests.Support;

/// <summary>
/// A throw-away redis-server on a free loopback port, without persistence: the membership store
/// of one test cluster. Debian's redis-server, installed by the project's <c>.ci/setup</c>.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly ChildProcess _process;

    private RedisServer(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The <c>--cluster</c> value of a JcmSim cluster using this server.</summary>
    public string ClusterArgument => $"redis=127.0.0.1:{Port}";

    /// <summary>Starts the server and waits until it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed; the message says how to install it.</exception>
    public static async Task<RedisServer> StartAsync(string folder)
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "redis-server is not installed, and the cluster tests need it as the membership store of their Orleans cluster. "
            + "Run 'bash .ci/setup' (installs Debian's redis-server), or 'apt-get install redis-server'.");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var process = ChildProcess.Start("redis-server", executable, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder]);
            try
            {
                await process.WaitForLineAsync(l => l.Contains("Ready to accept connections", StringComparison.Ordinal), TimeSpan.FromSeconds(20), "its ready line");
                await PingAsync(port);
                return new RedisServer(process, port);
            }
            catch (TimeoutException) when (attempt < StartAttempts)
            {
                // Most likely the port was taken between choosing and binding it: try another.
                await process.DisposeAsync();
            }
            catch
            {
                await process.DisposeAsync();
                throw;
            }
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static async Task PingAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray());
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var reply = Encoding.ASCII.GetString(buffer, 0, read);
        if (!reply.StartsWith("+PONG", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"redis-server on port {port} answered PING with '{reply.Trim()}'.");
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Append("/usr/sbin")
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists);
}
