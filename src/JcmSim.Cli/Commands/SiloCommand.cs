using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using JcmSim.Grains.Hosting;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim silo --cluster redis=HOST:PORT [--port P] [--gateway-port G] [--dashboard PORT] [--address IP]</c>:
/// runs one node of a JcmSim cluster until Ctrl-C or SIGTERM, then leaves the cluster gracefully.
/// </summary>
public static class SiloCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cluster = ClusterOption("The cluster's Redis membership store (redis=HOST:PORT); every silo and client of a cluster names the same.");
        cluster.Required = true;
        var port = PortOption("--port", $"Port the other silos reach this one on (default {ClusterSiloOptions.DefaultSiloPort}).", ClusterSiloOptions.DefaultSiloPort);
        var gatewayPort = PortOption("--gateway-port", $"Port clients ('jcmsim run --cluster') connect to (default {ClusterSiloOptions.DefaultGatewayPort}).", ClusterSiloOptions.DefaultGatewayPort);
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve the Orleans Dashboard on this port of 127.0.0.1 (reach it from elsewhere through an SSH tunnel)." };
        dashboard.Validators.Add(r => CheckPort(r, r.GetValueOrDefault<int?>(), "--dashboard"));
        var address = new Option<IPAddress?>("--address")
        {
            Description = "Address to advertise to the other silos and clients (default: 127.0.0.1 when Redis is on this machine, else this machine's first IPv4 address).",
            CustomParser = ParseAddress,
        };

        var command = new Command("silo", "Run a node of a JcmSim cluster (Orleans silo with Redis membership) until Ctrl-C or SIGTERM.");
        foreach (var option in new Option[] { cluster, port, gatewayPort, dashboard, address })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(r =>
        {
            var ports = new[] { r.GetValue(port), r.GetValue(gatewayPort), r.GetValue(dashboard) ?? -1 }.Where(p => p > 0).ToArray();
            if (ports.Distinct().Count() != ports.Length)
            {
                r.AddError("--port, --gateway-port and --dashboard must be different ports.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ClusterSiloOptions
            {
                Cluster = parse.GetRequiredValue(cluster)!,
                SiloPort = parse.GetValue(port),
                GatewayPort = parse.GetValue(gatewayPort),
                DashboardPort = parse.GetValue(dashboard),
                Address = parse.GetValue(address),
            };
            await RunAsync(options, context, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The <c>--cluster redis=HOST:PORT</c> option, shared by every command that can run on a
    /// cluster; a malformed value is a parse error (exit code 2) naming what is expected.
    /// </summary>
    internal static Option<ClusterAddress?> ClusterOption(string description) => new("--cluster")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (ClusterAddress.TryParse(text, out var address, out var problem))
            {
                return address;
            }

            result.AddError(problem);
            return null;
        },
    };

    private static async Task RunAsync(ClusterSiloOptions options, CommandContext context, CancellationToken cancellationToken)
    {
        ClusterSilo silo;
        try
        {
            silo = await ClusterSilo.StartAsync(options, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new ClusterUnavailableException(
                $"The silo could not join the cluster at {options.Cluster} (silo port {options.SiloPort}, gateway port {options.GatewayPort}): {exception.Message}",
                exception);
        }

        await using (silo)
        {
            // Plain lines, never wrapped: scripts wait for the first one.
            var output = context.Console.Profile.Out.Writer;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Silo {silo.Address.Endpoint} joined the cluster at {options.Cluster} (gateway port {options.GatewayPort})."));
            if (silo.Dashboard is { } url)
            {
                await output.WriteLineAsync($"Dashboard: {url}");
            }

            await output.WriteLineAsync("Stop with Ctrl-C or SIGTERM; the silo leaves the cluster and its blocks are run again elsewhere.");
            await silo.WaitForShutdownAsync(cancellationToken);
            await output.WriteLineAsync("Leaving the cluster.");
        }
    }

    private static Option<int> PortOption(string name, string description, int defaultPort)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultPort };
        option.Validators.Add(r => CheckPort(r, r.GetValueOrDefault<int>(), name));
        return option;
    }

    private static void CheckPort(OptionResult result, int? port, string name)
    {
        if (port is { } value && (value < 1 || value > IPEndPoint.MaxPort))
        {
            result.AddError($"{name} {value} is out of range (allowed: 1–{IPEndPoint.MaxPort}).");
        }
    }

    private static IPAddress? ParseAddress(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError($"--address '{text}' is not an IP address (e.g. 192.168.1.20).");
        return null;
    }
}
