using System.CommandLine;
using JcmSim.Runs.Studies;
using JcmSim.Cli.Studies;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim sensitivity SCENARIO --method sobol|morris [--samples N] [--trials-per-point M]
/// [--target YEAR] [--output cumulative|probability]</c>: global sensitivity indices of the scenario's uncertainties.
/// </summary>
public static class SensitivityCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file with an uncertainties: block." };
        var method = new Option<string>("--method") { Description = "sobol: first- and total-order indices (Saltelli design, Jansen); morris: elementary effects μ*, σ.", DefaultValueFactory = _ => "sobol" };
        method.AcceptOnlyFromAmong("sobol", "morris");
        var samples = new Option<int>("--samples") { Description = "Base samples N of the Saltelli design (default 32; N(k+2) points) or Morris trajectories r (default 10; r(k+1) points).", DefaultValueFactory = _ => 0 };
        samples.Validators.Add(r => IntOptionRange.Check(r, 1, StudyDesign.MaxPoints, "--samples"));
        var target = new Option<int?>("--target") { Description = "Target year of the output (default: the last target, e.g. 2040)." };
        var output = new Option<string>("--output") { Description = "cumulative: mean cumulative MtCO2 at the target year (default; defined even where the target is never met); probability: P(target met).", DefaultValueFactory = _ => "cumulative" };
        output.AcceptOnlyFromAmong("cumulative", "probability");
        var common = new StudyCommandLine("sensitivity", "--trials-per-point", SensitivityOptions.DefaultTrialsPerPoint);
        var command = new Command("sensitivity", "Global sensitivity (Sobol or Morris) of the mean cumulative or P(target) to the scenario's uncertainties.");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { method, samples, target, output })
        {
            command.Options.Add(option);
        }

        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kind = parse.GetValue(method) ?? "sobol";
            var given = parse.GetValue(samples);
            var options = new SensitivityOptions(common.Read(parse, parse.GetRequiredValue(scenario)), kind, given > 0 ? given : kind == "sobol" ? 32 : 10,
                parse.GetValue(target), parse.GetValue(output) ?? "cumulative");
            var language = options.Study.Language;
            if (kind == "sobol")
            {
                await StudyConsole.RunAsync(context, language, host => SensitivityStudy.SobolAsync(options, host, Environment.CommandLine, cancellationToken), (console, result) => StudyConsole.Table(console, SensitivityTable.Sobol(result, language)));
            }
            else
            {
                await StudyConsole.RunAsync(context, language, host => SensitivityStudy.MorrisAsync(options, host, Environment.CommandLine, cancellationToken), (console, result) => StudyConsole.Table(console, SensitivityTable.Morris(result, language)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
