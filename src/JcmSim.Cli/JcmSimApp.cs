using JcmSim.Model.Scenarios;
using JcmSim.Runs;
using System.CommandLine;
using JcmSim.Analysis.Results;
using JcmSim.Cli.Commands;
using JcmSim.Grains.Hosting;
using JcmSim.ScenarioFormat;
using Spectre.Console;

namespace JcmSim.Cli;

/// <summary>
/// The <c>jcmsim</c> command line: parses, dispatches and maps every failure to the exit-code
/// contract (0 ok, 2 bad input, 1 internal error, 130 interrupted) with one clear message.
/// </summary>
public static class JcmSimApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the process exit code.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="console">Where tables and progress go (stdout).</param>
    /// <param name="error">Where error messages go (stderr).</param>
    /// <param name="cancellationToken">Cancels a running command (Ctrl-C).</param>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show the runtime's warnings on the console too (they always go to the output folder's jcmsim.log) and stack traces of internal errors.", Recursive = true };
        var root = new RootCommand("JcmSim: how likely Japan's JCM reaches 100 MtCO2 by FY2030 and 200 MtCO2 by FY2040, and under which assumptions.");
        root.Options.Add(verbose);
        var context = new CommandContext(console, error);
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SiloCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(ChartCommand.Create(context));
        root.Subcommands.Add(ObservationsCommand.Create(context));
        root.Subcommands.Add(TornadoCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(NotebookCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(SweepCommand.Create(context));
        root.Subcommands.Add(SensitivityCommand.Create(context));
        root.Subcommands.Add(DiscoverCommand.Create(context));
        root.Subcommands.Add(GoalSeekCommand.Create(context));
        root.Subcommands.Add(MapCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"jcmsim: {problem.Message}");
            }

            await error.WriteLineAsync("Run 'jcmsim --help' for usage.");
            return ExitCodes.BadInput;
        }

        // The Orleans and hosting log stays off the planner's console unless asked for.
        HostLog.Shared.Echo = parse.GetValue(verbose);
        try
        {
            // ProcessTerminationTimeout = null: System.CommandLine must not handle Ctrl-C/SIGTERM itself
            // (it would race Program's handlers and force an exit before the output is cleaned up).
            var invocation = new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (ScenarioValidationException invalid)
        {
            foreach (var problem in invalid.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync($"jcmsim: {invalid.Errors.Count} problem(s) in the scenario input; nothing was written.");
            return ExitCodes.BadInput;
        }
        catch (BadInputException bad)
        {
            foreach (var problem in bad.Problems)
            {
                await error.WriteLineAsync($"jcmsim: {problem}");
            }

            return ExitCodes.BadInput;
        }
        catch (OutputFolderException folder)
        {
            await error.WriteLineAsync($"jcmsim: {folder.Message}");
            return ExitCodes.BadInput;
        }
        catch (NonFiniteParameterException nonFinite)
        {
            // A number the model cannot use (an input held at an infinite quantile): the field path and what is allowed.
            await error.WriteLineAsync($"jcmsim: {nonFinite.Message}");
            return ExitCodes.BadInput;
        }
        catch (ClusterUnavailableException unavailable) when (!cancellationToken.IsCancellationRequested)
        {
            // Not an internal error: the cluster named by --cluster is down or not started yet.
            await error.WriteLineAsync($"jcmsim: {unavailable.Message}");
            return ExitCodes.InternalError;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled (Ctrl-C, SIGTERM): whatever stopped first, an OperationCanceledException or
            // a component torn down by the stop, the run is interrupted, not failed.
            await error.WriteLineAsync("jcmsim: interrupted; no result folder was written.");
            return 130;
        }
        catch (Exception internalError)
        {
            await error.WriteLineAsync($"jcmsim: internal error: {internalError.Message}");
            if (parse.GetValue(verbose))
            {
                await error.WriteLineAsync(internalError.ToString());
            }
            else
            {
                await error.WriteLineAsync("(run again with --verbose for details)");
            }

            return ExitCodes.InternalError;
        }
    }
}
