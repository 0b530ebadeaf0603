using JcmSim.Cli.Commands;
using JcmSim.Runs;

namespace JcmSim.Cli.Console;

/// <summary>A run's host on the command line: progress bars or lines on the console, notes on standard error.</summary>
public sealed class ConsoleRunHost(CommandContext context) : IRunHost
{
    /// <inheritdoc />
    public TextWriter Out => context.Console.Profile.Out.Writer;

    /// <inheritdoc />
    public TextWriter Error => context.Error;

    /// <inheritdoc />
    public Task WithProgressAsync(Func<IRunProgress, Task> work) => ProgressDisplay.RunAsync(context, work);
}
