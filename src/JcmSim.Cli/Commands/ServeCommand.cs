using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using JcmSim.Explorer;
using JcmSim.Grains.Hosting;
using JcmSim.Runs;
using JcmSim.Runs.Engines;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim serve [--port P] [--scenarios DIR] [--host ADDR] [--lang en|ja] [--cluster redis=HOST:PORT] [--in-process] [--max-trials N] [--precision EPS] [--log FILE]</c>:
/// the planner's explorer in the browser, served from the process of the engine until Ctrl-C or SIGTERM.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var port = new Option<int>("--port") { Description = $"Port to listen on (default {ExplorerOptions.DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => ExplorerOptions.DefaultPort };
        port.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value < 0 || value > IPEndPoint.MaxPort)
            {
                r.AddError($"--port {value} is out of range (allowed: 0–{IPEndPoint.MaxPort}).");
            }
        });
        var scenarios = new Option<string>("--scenarios") { Description = "Folder of scenario YAML files the page offers (default: scenarios).", DefaultValueFactory = _ => "scenarios" };
        var host = new Option<IPAddress>("--host")
        {
            Description = "Address to listen on (default 127.0.0.1). Any other address requires the access token printed in the URL.",
            DefaultValueFactory = _ => IPAddress.Loopback,
            CustomParser = ParseHost,
        };
        var language = new Option<string>("--lang") { Description = "The page's language at first (the page switches).", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "ja");
        var cluster = SiloCommand.ClusterOption("Run the estimates on a cluster of 'jcmsim silo' nodes (redis=HOST:PORT) instead of the embedded silo.");
        var inProcess = new Option<bool>("--in-process") { Description = "Run the estimates without Orleans (same numbers)." };
        var maxTrials = new Option<int>("--max-trials") { Description = $"Trials an estimate grows to (default {ExplorerOptions.DefaultTrialCap:N0}).", DefaultValueFactory = _ => ExplorerOptions.DefaultTrialCap };
        maxTrials.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value < 1 || value > 1_000_000)
            {
                r.AddError($"--max-trials {value} is out of range (allowed: 1–1,000,000).");
            }
        });
        var precision = new Option<double>("--precision")
        {
            Description = FormattableString.Invariant(
                $"An estimate stops once every target probability's 95% interval is within ± this (jcmsim run --precision's rule), or at --max-trials; 0 runs every estimate to --max-trials (default {ExplorerOptions.DefaultPrecision})."),
            DefaultValueFactory = _ => ExplorerOptions.DefaultPrecision,
        };
        precision.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double>();
            if (value != 0 && !(value >= PrecisionStop.MinPrecision && value <= PrecisionStop.MaxPrecision))
            {
                r.AddError(FormattableString.Invariant($"--precision {value} is out of range (allowed: 0 to run to --max-trials, or a half-width of {PrecisionStop.MinPrecision}–{PrecisionStop.MaxPrecision})."));
            }
        });

        var log = new Option<string>("--log")
        {
            Description = $"File the explorer's runtime and web-server warnings are appended to (default {DefaultLogFile} in the working folder); --verbose shows them on the console too.",
            DefaultValueFactory = _ => DefaultLogFile,
        };

        var command = new Command("serve", "The planner's explorer in the browser: choose a scenario, move its levers, watch the probabilities and the fan update.");
        foreach (var option in new Option[] { port, scenarios, host, language, cluster, inProcess, maxTrials, precision, log })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ExplorerOptions
            {
                ScenariosFolder = parse.GetValue(scenarios) ?? "scenarios",
                Host = parse.GetValue(host) ?? IPAddress.Loopback,
                Port = parse.GetValue(port),
                Language = parse.GetValue(language) ?? "en",
                Engine = EngineChoice.From(parse.GetValue(inProcess), parse.GetValue(cluster), 0),
                TrialCap = parse.GetValue(maxTrials),
                Precision = parse.GetValue(precision),
            };
            var logPath = Path.GetFullPath(parse.GetValue(log) ?? DefaultLogFile);
            using var logging = OpenLog(logPath);
            await using var server = await ExplorerServer.StartAsync(options, cancellationToken);
            // Plain lines, never wrapped: scripts and tests wait for the URL.
            var output = context.Console.Profile.Out.Writer;
            await output.WriteLineAsync($"JcmSim explorer: {server.Url}");
            await output.WriteLineAsync($"Scenarios from {Path.GetFullPath(options.ScenariosFolder)}, trials on {options.Engine}. Stop with Ctrl-C.");
            await output.WriteLineAsync($"Warnings are logged to {logPath}.");
            await output.FlushAsync(cancellationToken);
            await server.WaitForShutdownAsync(cancellationToken);
            await output.WriteLineAsync("Stopped.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Where <c>serve</c> logs when <c>--log</c> is not given: this file in the working folder.</summary>
    public const string DefaultLogFile = "jcmsim-serve.log";

    private static IDisposable OpenLog(string path)
    {
        try
        {
            return HostLog.Shared.WriteTo(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"--log {path}: cannot write there ({exception.Message}) (allowed: a file in a folder that exists and can be written).");
        }
    }

    private static IPAddress ParseHost(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (text == "localhost")
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError($"--host '{text}' is not an IP address (allowed: 127.0.0.1, 0.0.0.0, or an address of this machine).");
        return IPAddress.Loopback;
    }
}
