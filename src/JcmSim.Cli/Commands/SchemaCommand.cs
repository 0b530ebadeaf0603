using System.CommandLine;
using JcmSim.ScenarioFormat;
using JcmSim.ScenarioFormat.Citations;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim schema</c>: prints the JSON Schema (draft 2020-12) of the scenario format, generated
/// from the loader's own description (<see cref="ScenarioSchema"/>). The repository keeps a copy as
/// <c>scenarios/scenario.schema.json</c>, which every scenario names on its first line
/// (<c># yaml-language-server: $schema=scenario.schema.json</c>) so editors complete and check it.
/// The hidden <c>--update-readme</c> rewrites the field tables of <c>scenarios/README.md</c> from the
/// same field catalogue (<see cref="FieldReference"/>) and its Sources table from <c>sources.csv</c>
/// beside it (<see cref="SourcesTable"/>); tests keep both equal.
/// </summary>
public static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var command = new Command("schema", "Print the JSON Schema of the scenario format (for editors: save it and name it in '# yaml-language-server: $schema=…').");
        var readme = new Option<FileInfo?>("--update-readme") { Hidden = true, Description = "Rewrite the field tables and the Sources table of this scenarios/README.md from the field catalogue and sources.csv." };
        command.Options.Add(readme);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(readme) is { } file)
            {
                var text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
                var sources = SourceList.Read(Path.Combine(file.DirectoryName ?? "", "sources.csv"));
                await File.WriteAllTextAsync(file.FullName, SourcesTable.Update(FieldReference.Update(text), sources), cancellationToken);
                return ExitCodes.Ok;
            }

            // Written as is, not through the console's markup and wrapping.
            var output = context.Console.Profile.Out.Writer;
            await output.WriteAsync(ScenarioSchema.ToJson().AsMemory(), cancellationToken);
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
