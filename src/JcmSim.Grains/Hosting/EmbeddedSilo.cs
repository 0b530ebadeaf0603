using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JcmSim.Grains.Hosting;

/// <summary>
/// An Orleans silo in this process, with JcmSim registered: what <c>jcmsim run</c> uses when no
/// cluster is given. Each instance is its own one-silo cluster on a free localhost port, so
/// several can run side by side (tests, notebooks). Logs warnings and errors to <see cref="HostLog.Shared"/>
/// (a run's <c>jcmsim.log</c>; standard error only with <c>--verbose</c>).
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly IHost _host;
    private readonly ShutdownQuiet _quiet;
    private int _stopped;

    private EmbeddedSilo(IHost host, ShutdownQuiet quiet)
    {
        _host = host;
        _quiet = quiet;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>The grain factory of the silo's co-hosted client: pass it to <see cref="Running.GrainRunner"/>.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Number of silos in the cluster: always 1.</summary>
    public int SiloCount => 1;

    /// <summary>The silo's services (for diagnostics and tests).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Starts a silo with the default JcmSim options.</summary>
    public static Task<EmbeddedSilo> StartAsync(CancellationToken cancellationToken = default) => StartAsync(null, cancellationToken);

    /// <summary>Starts a silo; <paramref name="configure"/> may add to its set-up (options, services, logging).</summary>
    /// <param name="configure">Runs after clustering and <c>AddJcmSim()</c> are configured; null for none.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<EmbeddedSilo> StartAsync(Action<ISiloBuilder>? configure, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var quiet = new ShutdownQuiet();
            var host = Build(FreeLocalPort(), configure, quiet);
            try
            {
                await host.StartAsync(cancellationToken);
                LogProbe(host.Services);
                return new EmbeddedSilo(host, quiet);
            }
            catch (Exception exception) when (attempt < StartAttempts && IsSocketError(exception) && !cancellationToken.IsCancellationRequested)
            {
                // The free port may have been taken between choosing and binding it: try another.
                host.Dispose();
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }
    }

    /// <summary>Stops the silo gracefully.</summary>
    public ValueTask DisposeAsync() => StopAsync(graceful: true);

    /// <summary>
    /// Stops the silo: gracefully (grains deactivated, the cluster left in order), or at once when
    /// <paramref name="graceful"/> is false, which an interrupted run wants: its results are
    /// discarded, and a graceful stop would keep Ctrl-C waiting for grains still in flight.
    /// </summary>
    public async ValueTask StopAsync(bool graceful)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        // Calls still in flight when a run is cancelled (Ctrl-C) fail while the silo stops; their
        // warnings would bury the command's one-line message, so only critical ones are logged now.
        _quiet.Stopping = true;
        try
        {
            // Orleans stops a silo ungracefully when the stop token is already cancelled.
            using var now = new CancellationTokenSource();
            if (!graceful)
            {
                await now.CancelAsync();
            }

            await _host.StopAsync(now.Token);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static IHost Build(int siloPort, Action<ISiloBuilder>? configure, ShutdownQuiet quiet)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "jcmsim" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Warnings that do not apply to a silo embedded in a command: the GC-mode advice is for
        // dedicated silo processes, and a simulator that keeps every core busy on purpose trips
        // the watchdog's CPU-starvation check.
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);

        // The command's console is the planner's: the runtime's notes go to the run's log file.
        builder.Logging.AddProvider(HostLog.Shared);
        builder.Logging.AddFilter((_, _, level) => level >= (quiet.Stopping ? LogLevel.Critical : LogLevel.Warning));

        // The embedding command owns Ctrl-C and SIGTERM: it cancels the run and removes its partial
        // output. The default console lifetime would also stop the silo under the running blocks.
        builder.Services.AddSingleton<IHostLifetime, CommandOwnedLifetime>();
        var clusterId = "jcmsim-" + Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo =>
        {
            // Gateway port 0: the co-hosted client needs no gateway, and no port is opened for one.
            silo.UseLocalhostClustering(siloPort: siloPort, gatewayPort: 0, serviceId: "jcmsim", clusterId: clusterId);
            silo.AddJcmSim();
            configure?.Invoke(silo);
        });
        return builder.Build();
    }

    /// <summary>The name of the environment variable whose text a starting silo logs as a warning.</summary>
    public const string LogProbeVariable = "JCMSIM_LOG_PROBE";

    // A warning on demand, to see (and test) where the silo's warnings go without waiting for a real one.
    private static void LogProbe(IServiceProvider services)
    {
        if (Environment.GetEnvironmentVariable(LogProbeVariable) is { Length: > 0 } text)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("JcmSim.LogProbe").LogWarning("{Probe}", text);
        }
    }

    private static bool IsSocketError(Exception exception) => exception switch
    {
        SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsSocketError),
        { InnerException: { } inner } => IsSocketError(inner),
        _ => false,
    };

    /// <summary>Set when the silo starts stopping; read by the log filter.</summary>
    private sealed class ShutdownQuiet
    {
        private volatile bool _stopping;

        public bool Stopping
        {
            get => _stopping;
            set => _stopping = value;
        }
    }

    /// <summary>A host lifetime that leaves process signals to the command embedding the silo.</summary>
    private sealed class CommandOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static int FreeLocalPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
