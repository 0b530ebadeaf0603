using JcmSim.Cli;
using Spectre.Console;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl-C stops the run cleanly (temporary output removed); a second one kills the process.
    e.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};

return await JcmSimApp.RunAsync(args, AnsiConsole.Console, Console.Error, interrupt.Token);
