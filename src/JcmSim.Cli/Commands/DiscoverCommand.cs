using System.CommandLine;
using JcmSim.Runs.Studies;
using JcmSim.Cli.Studies;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim discover SCENARIO --target YEAR [--from SWEEPDIR | --samples N] [--missed-below P]</c>:
/// PRIM scenario discovery of where the target is missed.
/// </summary>
public static class DiscoverCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file with an uncertainties: block." };
        var target = new Option<int?>("--target") { Description = "Target year (default: the first target, e.g. 2030)." };
        var from = new Option<string?>("--from") { Description = "Analyse the points of this 'jcmsim sweep' output folder instead of running a sweep." };
        var samples = new Option<int>("--samples") { Description = $"Points of the Latin-hypercube sweep run when --from is not given (default {DiscoverOptions.DefaultSamples}).", DefaultValueFactory = _ => DiscoverOptions.DefaultSamples };
        samples.Validators.Add(r => IntOptionRange.Check(r, 2, StudyDesign.MaxPoints, "--samples"));
        var missedBelow = new Option<double>("--missed-below") { Description = "A point misses the target when its P(met) is below this (default 0.5: more likely missed than met).", DefaultValueFactory = _ => 0.5 };
        missedBelow.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 1))
            {
                r.AddError($"--missed-below {value} is out of range (allowed: a probability in (0, 1]).");
            }
        });
        var common = new StudyCommandLine("discover", "--trials-per-point", DiscoverOptions.DefaultTrialsPerPoint);
        var command = new Command("discover", "Scenario discovery (PRIM): in which region of the uncertainties the target is missed, in words.");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { target, from, samples, missedBelow })
        {
            command.Options.Add(option);
        }

        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new DiscoverOptions(common.Read(parse, parse.GetRequiredValue(scenario)), parse.GetValue(target), parse.GetValue(from), parse.GetValue(samples), parse.GetValue(missedBelow));
            await StudyConsole.RunAsync(context, options.Study.Language, host => DiscoverStudy.RunAsync(options, host, Environment.CommandLine, cancellationToken), (console, result) => DiscoverTable.Print(console, result, options.Study.Language));
            return ExitCodes.Ok;
        });
        return command;
    }
}
