using System.CommandLine;
using JcmSim.Runs.Studies;
using JcmSim.Cli.Studies;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim sweep SCENARIO --design grid|lhs --samples N --trials-per-point M [--inputs p1,p2]</c>:
/// P(targets) and the cumulative over a design of the scenario's uncertainties.
/// </summary>
public static class SweepCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file with an uncertainties: block." };
        var design = new Option<string>("--design") { Description = "grid: every combination of --samples levels per input; lhs: a Latin hypercube of --samples points honouring the scenario's correlations.", DefaultValueFactory = _ => "lhs" };
        design.AcceptOnlyFromAmong("grid", "lhs");
        var samples = new Option<int>("--samples") { Description = "Levels per input (grid, default 5) or points (lhs, default 50).", DefaultValueFactory = _ => 0 };
        samples.Validators.Add(r => IntOptionRange.Check(r, 1, StudyDesign.MaxPoints, "--samples"));
        var common = new StudyCommandLine("sweep", "--trials-per-point", SweepOptions.DefaultTrialsPerPoint);
        var command = new Command("sweep", "Parameter sweep over the scenario's uncertainties: P(targets) with intervals and the cumulative at every point, same random numbers everywhere.");
        command.Arguments.Add(scenario);
        command.Options.Add(design);
        command.Options.Add(samples);
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kind = parse.GetValue(design) ?? "lhs";
            var given = parse.GetValue(samples);
            var options = new SweepOptions(common.Read(parse, parse.GetRequiredValue(scenario)), kind, given > 0 ? given : kind == "grid" ? 5 : 50);
            await StudyConsole.RunAsync(context, options.Study.Language, host => SweepStudy.RunAsync(options, host, Environment.CommandLine, cancellationToken), (console, result) => StudyConsole.Table(console, PointsTable.Build(result, options.Study.Language)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
