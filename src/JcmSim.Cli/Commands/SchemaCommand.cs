using System.CommandLine;
using JcmSim.ScenarioFormat;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim schema</c>: prints the JSON Schema (draft 2020-12) of the scenario format, generated
/// from the loader's own description (<see cref="ScenarioSchema"/>). The repository keeps a copy as
/// <c>scenarios/scenario.schema.json</c>, which every scenario names on its first line
/// (<c># yaml-language-server: $schema=scenario.schema.json</c>) so editors complete and check it.
/// </summary>
public static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var command = new Command("schema", "Print the JSON Schema of the scenario format (for editors: save it and name it in '# yaml-language-server: $schema=…').");
        command.SetAction(async (_, cancellationToken) =>
        {
            // Written as is, not through the console's markup and wrapping.
            var output = context.Console.Profile.Out.Writer;
            await output.WriteAsync(ScenarioSchema.ToJson().AsMemory(), cancellationToken);
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
