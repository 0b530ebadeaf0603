using JcmSim.Analysis.Results;
using JcmSim.Cli.Tests.Support;
using JcmSim.Grains.Hosting;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary>
/// The runtime's warnings (Orleans health notes on a busy machine) stay off an ordinary run's
/// console: they go to the result folder's jcmsim.log, and to standard error only with --verbose.
/// A real child process, so standard error is the process's own.
/// </summary>
public sealed class QuietConsoleTests
{
    private const string Probe = "probe warning from the embedded silo";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void A_silo_warning_goes_to_the_log_file_and_not_to_the_console()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");

        var (error, log) = RunWithProbe(output);

        Assert.DoesNotContain(Probe, error, StringComparison.Ordinal);
        Assert.Contains($"warn JcmSim.LogProbe[0] {Probe}", log, StringComparison.Ordinal);
    }

    [Fact]
    public void With_verbose_a_silo_warning_goes_to_the_console_as_well()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");

        var (error, log) = RunWithProbe(output, "--verbose");

        Assert.Contains(Probe, error, StringComparison.Ordinal);
        Assert.Contains(Probe, log, StringComparison.Ordinal);
    }

    private static (string Error, string Log) RunWithProbe(string output, params string[] extra)
    {
        using var run = JcmsimProcess.Start(
            new Dictionary<string, string> { [EmbeddedSilo.LogProbeVariable] = Probe },
            ["run", Repository.Baseline, "--trials", "20", "--out", output, .. extra]);
        var exitCode = run.WaitForExit(RunTimeout);
        Assert.True(exitCode == 0, $"exit {exitCode}\nstdout:\n{run.Output}\nstderr:\n{run.Error}");
        return (run.Error, File.ReadAllText(Path.Combine(output, ResultFileNames.HostLog)));
    }
}
