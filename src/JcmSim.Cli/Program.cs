using System.Runtime.InteropServices;
using JcmSim.Cli;
using Spectre.Console;

using var interrupt = new CancellationTokenSource();

// Ctrl-C (SIGINT) and SIGTERM (kill, docker stop, CI timeouts) stop a run cleanly: the token is
// cancelled, the temporary output folder is removed, JcmSimApp prints a message and returns 130.
// A second signal while stopping takes the default action and ends the process at once; its hidden
// partial folder is removed by the next run (ResultFolder).
void Stop(PosixSignalContext context)
{
    context.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await JcmSimApp.RunAsync(args, AnsiConsole.Console, Console.Error, interrupt.Token);
