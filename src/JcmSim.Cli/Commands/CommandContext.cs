using Spectre.Console;

namespace JcmSim.Cli.Commands;

/// <summary>What every command writes to: the console for results and progress, a writer for errors.</summary>
public sealed record CommandContext(IAnsiConsole Console, TextWriter Error);
