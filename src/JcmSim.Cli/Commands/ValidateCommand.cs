using System.CommandLine;
using JcmSim.Runs;
using Spectre.Console;

namespace JcmSim.Cli.Commands;

/// <summary><c>jcmsim validate SCENARIO...</c>: checks scenario files and reports every problem at once.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenarios = new Argument<string[]>("scenario") { Description = "Scenario YAML files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files and report every problem with file, line and field.");
        command.Arguments.Add(scenarios);
        command.SetAction((parse, _) =>
        {
            var loaded = ScenarioSet.Load(parse.GetRequiredValue(scenarios));
            foreach (var scenario in loaded)
            {
                context.Console.MarkupLineInterpolated($"[green]ok[/] {scenario.Path}: {scenario.Scenario.Title.En} ({scenario.Scenario.Partners.Count} partners, {scenario.Scenario.Channels.Count} channels, FY{scenario.Scenario.Horizon.FirstYear}–FY{scenario.Scenario.Horizon.LastYear})");
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
