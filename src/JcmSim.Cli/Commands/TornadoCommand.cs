using System.CommandLine;
using JcmSim.Runs.Studies;
using JcmSim.Cli.Studies;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim tornado SCENARIO [--trials N] [--seed S] [--out DIR] [--lang en|ja] [--only PATH,...]
/// [--top N]</c>: one-at-a-time sensitivity of every uncertain input (held at its P10 and P90, same
/// random numbers), written as tornado.json, tornado.parquet and tornado charts.
/// </summary>
public static class TornadoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var common = new StudyCommandLine("tornado", "--trials", TornadoOptions.DefaultTrials, "--only",
            "Trials per run (each input takes two runs)",
            "Vary only inputs whose path is or starts with one of these (comma-separated or repeated), e.g. channels,sectors.solar,pipeline.multiplier.");
        var top = new Option<int>("--top") { Description = "Bars per chart and rows of the table (default 15).", DefaultValueFactory = _ => 15 };
        top.Validators.Add(r => IntOptionRange.Check(r, 1, 200, "--top"));

        var command = new Command("tornado", "One-at-a-time sensitivity: each uncertain input at its P10 and P90, everything else unchanged, same random numbers.");
        command.Arguments.Add(scenario);
        common.AddTo(command);
        command.Options.Add(top);

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new TornadoOptions(common.Read(parse, parse.GetRequiredValue(scenario)), parse.GetValue(top));
            await StudyConsole.RunAsync(context, options.Study.Language, host => TornadoStudy.RunAsync(options, host, Environment.CommandLine, cancellationToken),
                (console, result) => StudyConsole.Table(console, TornadoTable.Build(result, options.Study.Language, options.Top)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
