using JcmSim.Runs;
using JcmSim.Cli.Commands;
using Spectre.Console;

namespace JcmSim.Cli.Console;

/// <summary>Chooses how a command shows progress: live bars on a terminal, plain lines when output is redirected.</summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with the progress sink that fits the console.</summary>
    public static async Task RunAsync(CommandContext context, Func<IRunProgress, Task> work)
    {
        var interactive = !System.Console.IsOutputRedirected && context.Console.Profile.Capabilities.Ansi && context.Console.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            await work(new PlainProgress(context.Console.Profile.Out.Writer));
            return;
        }

        await context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(ctx => work(new TerminalProgress(ctx)));
    }
}
