using JcmSim.Cli;
using Spectre.Console.Testing;

namespace JcmSim.Notebooks.Tests.Support;

/// <summary>Runs the jcmsim command line in this process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 240;
        var error = new StringWriter();
        var code = Task.Run(() => JcmSimApp.RunAsync(args, console, error, CancellationToken.None)).GetAwaiter().GetResult();
        return new CliRun(code, console.Output, error.ToString());
    }
}
