using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace JcmSim.Grains.Hosting;

/// <summary>
/// One node of a JcmSim cluster (what <c>jcmsim silo</c> runs): an Orleans silo with Redis
/// membership, JcmSim's grains and the Orleans Dashboard's data collection, optionally serving the
/// dashboard itself. Logs to standard error: JcmSim's own messages (runs started and completed,
/// block retries) from Information, Orleans' from Warning.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, ClusterSiloOptions options)
    {
        _host = host;
        Address = host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        Dashboard = options.DashboardPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;
    }

    /// <summary>The silo's address in the cluster (advertised IP, silo port and generation).</summary>
    public SiloAddress Address { get; }

    /// <summary>The dashboard's address, or null when this silo serves none.</summary>
    public Uri? Dashboard { get; }

    /// <summary>Starts the silo and waits until it has joined the cluster.</summary>
    /// <param name="options">Cluster, ports and dashboard.</param>
    /// <param name="configure">Runs after JcmSim's set-up, to add to it (options, services); null for none.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">The options are invalid (<see cref="ClusterSiloOptions.Validate"/>).</exception>
    public static async Task<ClusterSilo> StartAsync(ClusterSiloOptions options, Action<ISiloBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var started = new StrongBox<bool>();
        var host = options.DashboardPort is { } port ? BuildWithDashboard(options, port, started, configure) : BuildWithoutDashboard(options, started, configure);
        try
        {
            await host.StartAsync(cancellationToken);
            started.Value = true;
            return new ClusterSilo(host, options);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Completes when the silo is asked to stop (the host's lifetime stops, or
    /// <paramref name="cancellationToken"/> is cancelled); the silo is still running then, and
    /// <see cref="DisposeAsync"/> stops it.
    /// </summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        var lifetime = _host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopRequested = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        using var cancelled = cancellationToken.Register(() => stopping.TrySetResult());
        await stopping.Task;
    }

    /// <summary>Leaves the cluster gracefully and stops the silo.</summary>
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

    private static IHost BuildWithoutDashboard(ClusterSiloOptions options, StrongBox<bool> started, Action<ISiloBuilder>? configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "jcmsim" });
        Configure(builder, options, started, configure);
        return builder.Build();
    }

    private static IHost BuildWithDashboard(ClusterSiloOptions options, int port, StrongBox<bool> started, Action<ISiloBuilder>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "jcmsim", Args = [] });

        // Loopback only: the dashboard has no authentication and shows the cluster's inner
        // workings, so it is reached from another machine through an SSH tunnel, never directly.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        Configure(builder, options, started, configure);
        var app = builder.Build();
        app.MapOrleansDashboard();
        return app;
    }

    private static void Configure(IHostApplicationBuilder builder, ClusterSiloOptions options, StrongBox<bool> started, Action<ISiloBuilder>? configure)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("JcmSim", LogLevel.Information);

        // A failed start (Redis unreachable, port taken) is reported once, by the exception
        // StartAsync throws, instead of by every component it stopped, each with its stack trace.
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning && (started.Value || level < LogLevel.Error));

        // A simulator keeps every core busy on purpose, which trips the watchdog's CPU-starvation warning.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Logging.AddSimpleConsole(format =>
        {
            format.SingleLine = true;
            format.TimestampFormat = "HH:mm:ss ";
        });

        // Standard error only: standard output belongs to the command's own lines.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo =>
        {
            silo.UseJcmSimCluster(options.Cluster);
            ConfigureEndpoints(silo, options);
            silo.Configure<SiloOptions>(o => o.SiloName = $"jcmsim-{Environment.MachineName}-{options.SiloPort}");
            silo.AddJcmSim();

            // On every silo, served or not: a dashboard shows only the silos that collect its data.
            silo.AddDashboard();
            configure?.Invoke(silo);
        });
    }

    private static void ConfigureEndpoints(ISiloBuilder silo, ClusterSiloOptions options)
    {
        if (options.Address is { } address)
        {
            // An address given explicitly may be a NAT or container address the host cannot bind.
            silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }
        else if (options.Cluster.IsLoopback)
        {
            // Redis only on this machine: a one-machine cluster, reachable on loopback alone.
            silo.ConfigureEndpoints(IPAddress.Loopback, options.SiloPort, options.GatewayPort);
        }
        else
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
        }
    }
}
