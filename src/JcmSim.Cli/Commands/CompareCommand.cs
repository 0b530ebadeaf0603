using JcmSim.Cli.Console;
using System.CommandLine;
using JcmSim.Runs;
using JcmSim.Cli.Studies;
using Spectre.Console;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim compare A.yaml B.yaml ... [--trials N] [--seed S] [--out DIR] [--lang en|ja] [--cluster …]</c>:
/// runs the scenarios with the same seed, as <c>run</c> does (same files), and prints the paired
/// differences from the first scenario with their 95% intervals as its main result.
/// </summary>
public static class CompareCommand
{
    /// <summary>Trials per scenario unless <c>--trials</c> says otherwise.</summary>
    public const int DefaultTrials = 2_000;

    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenarios = new Argument<string[]>("scenario") { Description = "Scenario YAML files: the first is the reference, each other one is compared with it.", Arity = ArgumentArity.OneOrMore };
        var common = new StudyCommandLine("compare", "--trials", DefaultTrials);
        var command = new Command("compare", "Paired differences between scenarios under common random numbers (same seed), with 95% intervals.");
        command.Arguments.Add(scenarios);
        common.AddTo(command, withInputs: false);
        command.Validators.Add(r =>
        {
            if (r.GetValue(scenarios) is { Length: < 2 })
            {
                r.AddError("compare needs at least two scenarios (allowed: A.yaml B.yaml ...; the first is the reference).");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = parse.GetRequiredValue(scenarios);
            var study = common.Read(parse, files[0]);
            var options = new RunOptions
            {
                Scenarios = files,
                Trials = study.TrialsPerPoint,
                BlockSize = 0,
                Seed = study.Seed,
                Out = study.Out,
                Language = study.Language,
                Force = study.Force,
                InProcess = study.InProcess,
                MaxParallelBlocks = study.MaxParallelBlocks,
                Cluster = study.Cluster,
            };
            var summary = (await RunReport.RunAsync(options, context, statsFile: null, cancellationToken)).Summary;
            context.Console.WriteLine();
            context.Console.Write(ComparisonTable.Build(summary, study.Language));
            context.Console.WriteLine();
            return ExitCodes.Ok;
        });
        return command;
    }
}
