using JcmSim.Cli;
using Spectre.Console.Testing;

namespace JcmSim.Cluster.Tests.Support;

/// <summary>Runs the jcmsim command line in this process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 240;
        var error = new StringWriter();
        var code = await Task.Run(() => JcmSimApp.RunAsync(args, console, error, cancellationToken), CancellationToken.None);
        return new CliRun(code, console.Output, error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);
}
