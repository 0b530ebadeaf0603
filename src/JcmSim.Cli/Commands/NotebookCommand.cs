using JcmSim.Runs;
using System.CommandLine;
using System.Globalization;
using JcmSim.Notebooks;
using JcmSim.Notebooks.Running;
using Spectre.Console;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim notebook run NOTEBOOK.ipynb ... [--write] [--in-process] [--cluster redis=HOST:PORT]</c>:
/// executes the C# cells of each notebook in order with Roslyn scripting (<see cref="NotebookRunner"/>),
/// one line of progress per cell; <c>--write</c> writes the outputs back. Exit 1 with the notebook,
/// cell, line and error when a cell fails (the file is left unchanged); 2 when a notebook file is
/// missing or malformed.
/// </summary>
public static class NotebookCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var notebooks = new Argument<string[]>("notebook") { Description = "Jupyter notebooks (.ipynb) with C# cells, run in the order given.", Arity = ArgumentArity.OneOrMore };
        var write = new Option<bool>("--write") { Description = "Write the outputs back into each notebook (same seed, same bytes)." };
        var inProcess = new Option<bool>("--in-process") { Description = "Run the notebooks' simulations without Orleans; same numbers." };
        var cluster = SiloCommand.ClusterOption("Run the notebooks' simulations on the cluster of 'jcmsim silo' nodes whose membership is in this Redis (redis=HOST:PORT); default: an embedded silo.");

        var run = new Command("run", "Execute the C# cells of notebooks in order; stop at the first failing cell.");
        run.Arguments.Add(notebooks);
        run.Options.Add(write);
        run.Options.Add(inProcess);
        run.Options.Add(cluster);
        run.Validators.Add(r =>
        {
            if (r.GetValue(cluster) is not null && r.GetValue(inProcess))
            {
                r.AddError("--cluster and --in-process exclude each other: --in-process runs without Orleans, in this process.");
            }
        });

        run.SetAction(async (parse, cancellationToken) =>
        {
            var engine = parse.GetValue(cluster) is { } address
                ? JcmEngine.OnCluster(address)
                : parse.GetValue(inProcess) ? JcmEngine.InProcess : JcmEngine.Embedded;
            var options = new NotebookRunOptions
            {
                Write = parse.GetValue(write),
                Engine = engine,
                Progress = p =>
                {
                    if (p.Seconds is { } seconds)
                    {
                        context.Console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{p.Path}: cell {p.Cell} ({p.CodeCell}/{p.CodeCells}) done in {seconds:F1} s");
                    }
                },
            };

            foreach (var path in parse.GetRequiredValue(notebooks))
            {
                NotebookRunResult result;
                try
                {
                    result = await NotebookRunner.RunAsync(path, options, cancellationToken);
                }
                catch (NotebookFormatException malformed)
                {
                    throw new BadInputException(malformed.Message);
                }
                catch (NotebookCellException failed) when (!cancellationToken.IsCancellationRequested)
                {
                    await context.Error.WriteLineAsync($"jcmsim: {failed.Message}");
                    await context.Error.WriteLineAsync($"jcmsim: {path} stopped at cell {failed.Cell}; the file was not changed.");
                    return ExitCodes.InternalError;
                }

                context.Console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"{result.Path}: {result.CodeCells} code cells in {result.Seconds:F1} s ({engine}){(result.SkippedCells > 0 ? $", {result.SkippedCells} kernel-only cells left as they are" : "")}{(result.Written ? ", outputs written" : "")}");
            }

            return ExitCodes.Ok;
        });

        var command = new Command("notebook", "C# notebooks for researchers (notebooks/README.md).");
        command.Subcommands.Add(run);
        return command;
    }
}
