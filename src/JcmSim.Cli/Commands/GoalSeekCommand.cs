using Spectre.Console;
using System.CommandLine;
using JcmSim.Runs.Studies;
using JcmSim.Cli.Studies;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim goal-seek SCENARIO --lever PATH --target YEAR --probability P [--low a --high b] [--trials M]</c>:
/// the lever value at which the target is met with the given probability.
/// </summary>
public static class GoalSeekCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var lever = new Option<string>("--lever") { Description = "Input to seek, e.g. privateCapital.multiplier (all private capital), channels.moej.budgetMultiplier, expansion.newPartnersPerYear.", Required = true };
        var target = new Option<int?>("--target") { Description = "Target year (default: the first target, e.g. 2030)." };
        var probability = new Option<double>("--probability") { Description = "Probability of meeting the target to reach (default 0.8).", DefaultValueFactory = _ => 0.8 };
        probability.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double>();
            if (!(value > 0 && value < 1))
            {
                r.AddError($"--probability {value} is out of range (allowed: strictly between 0 and 1).");
            }
        });
        var low = new Option<double?>("--low") { Description = "Lower end of the search (default: the lower end of the lever's range in uncertainties:)." };
        var high = new Option<double?>("--high") { Description = "Upper end of the search (default: the upper end of the lever's range)." };
        var probes = new Option<int>("--max-probes") { Description = $"Most runs of the bisection (default {GoalSeekOptions.DefaultMaxProbes}).", DefaultValueFactory = _ => GoalSeekOptions.DefaultMaxProbes };
        probes.Validators.Add(r => IntOptionRange.Check(r, 3, 100, "--max-probes"));
        var common = new StudyCommandLine("goal-seek", "--trials", GoalSeekOptions.DefaultTrials);
        var command = new Command("goal-seek", "The value of a lever at which the target is met with a given probability (bisection under common random numbers).");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { lever, target, probability, low, high, probes })
        {
            command.Options.Add(option);
        }

        common.AddTo(command, withInputs: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new GoalSeekOptions(common.Read(parse, parse.GetRequiredValue(scenario)), parse.GetRequiredValue(lever), parse.GetValue(target),
                parse.GetValue(probability), parse.GetValue(low), parse.GetValue(high), parse.GetValue(probes));
            await StudyConsole.RunAsync(context, options.Study.Language, host => GoalSeekStudy.RunAsync(options, host, Environment.CommandLine, cancellationToken), (console, report) =>
                {
                    StudyConsole.Table(console, GoalSeekTable.Build(report.Probes, report.Lever.Path, report.TargetYear, options.Study.Language));
                    console.WriteLine(report.Sentence.In(options.Study.Language));
                });
            return ExitCodes.Ok;
        });
        return command;
    }
}
