using JcmSim.Analysis.Results;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary>
/// A run stopped by a real signal (Ctrl-C, SIGTERM, SIGKILL) mid-run leaves no result folder:
/// INT and TERM stop cleanly with one message and exit 130; KILL leaves only a hidden partial
/// folder, which the next run removes.
/// </summary>
public sealed class SignalTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    // Generous on purpose: these tests pin the exit code and the clean-up, not the speed. Measured
    // signal-to-exit on a 2-core machine under load: about 1 s (a run, a study, a notebook cell);
    // the command it interrupts would go on for minutes, so a stop that is not observed still fails.
    // The test host shares the machine with other suites, hence no tight bound (no timed unit tests).
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("INT", true)]
    [InlineData("TERM", true)]
    [InlineData("INT", false)]
    [InlineData("TERM", false)]
    public void Interrupted_run_exits_130_with_a_message_and_writes_no_folder(string signal, bool inProcess)
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        using var run = StartLongRun(output, inProcess);

        run.Signal(signal);
        var exitCode = run.WaitForExit(StopTimeout);

        Assert.True(exitCode == 130, $"exit {exitCode}\nstdout:\n{run.Output}\nstderr:\n{run.Error}");
        Assert.Contains("jcmsim: interrupted; no result folder was written.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 2000, run.Error);
        Assert.False(Directory.Exists(output));
        AssertNoResultOrPartialFolder(temp.Path);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Interrupted_notebook_cell_stops_its_run_and_exits_130(string signal)
    {
        // A cell that passes no token: the runner's stop must still reach the run inside it.
        using var temp = new TempDirectory();
        var notebook = Path.Combine(temp.Path, "long.ipynb");
        File.WriteAllText(notebook, LongCellNotebook(Repository.Baseline));
        var started = Path.Combine(temp.Path, "cell-started");
        using var run = JcmsimProcess.Start("notebook", "run", notebook, "--in-process");
        Assert.True(run.WaitUntil(() => File.Exists(started), StartTimeout), $"the cell did not start\nstdout:\n{run.Output}\nstderr:\n{run.Error}");
        Thread.Sleep(TimeSpan.FromSeconds(1));

        run.Signal(signal);
        var exitCode = run.WaitForExit(StopTimeout);

        Assert.True(exitCode == 130, $"exit {exitCode}\nstdout:\n{run.Output}\nstderr:\n{run.Error}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Killed_run_leaves_only_a_hidden_partial_folder_that_the_next_run_removes()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        using (var run = StartLongRun(output, inProcess: true))
        {
            run.Signal("KILL");
            var exitCode = run.WaitForExit(StopTimeout);

            Assert.Equal(128 + 9, exitCode);
        }

        Assert.False(Directory.Exists(output));
        var leftover = Assert.Single(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).Contains(ResultFolder.PartialMarker, StringComparison.Ordinal));
        Assert.StartsWith($".out.{ResultFolder.PartialMarker}.", Path.GetFileName(leftover), StringComparison.Ordinal);

        var next = Path.Combine(temp.Path, "next");
        var rerun = CliRun.Invoke("run", Repository.Baseline, "--trials", "20", "--in-process", "--out", next);

        Assert.True(rerun.ExitCode == ExitCodes.Ok, rerun.Error);
        Assert.True(Directory.Exists(next));
        Assert.False(Directory.Exists(leftover));
    }

    // Nothing that looks like a result: no output folder and no partial one. Hidden folders of
    // other kinds (a resumable run's checkpoint) may stay.
    private static void AssertNoResultOrPartialFolder(string parent)
    {
        var names = Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).ToList();
        Assert.All(names, n => Assert.StartsWith(".", n, StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n!.Contains(ResultFolder.PartialMarker, StringComparison.Ordinal));
    }

    // A run long enough to be stopped mid-way: it has created its hidden partial folder and started.
    private static JcmsimProcess StartLongRun(string output, bool inProcess)
    {
        string[] args = ["run", Repository.Baseline, "--trials", "300000", "--seed", "5", "--out", output];
        var run = JcmsimProcess.Start(inProcess ? [.. args, "--in-process"] : args);
        var parent = Path.GetDirectoryName(output)!;
        var started = run.WaitUntil(
            () => run.Output.Contains("running", StringComparison.Ordinal)
                && Directory.EnumerateDirectories(parent, $".out.{ResultFolder.PartialMarker}.*").Any(),
            StartTimeout);
        Assert.True(started, $"the run did not start\nstdout:\n{run.Output}\nstderr:\n{run.Error}");

        // Let blocks be in flight when the signal arrives.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        return run;
    }

    // One code cell that marks its start (the runner runs it in the notebook's folder) and then
    // runs the baseline for minutes.
    private static string LongCellNotebook(string scenario)
    {
        string[] source =
        [
            "using JcmSim.Notebooks;\n",
            "File.WriteAllText(\"cell-started\", \"\");\n",
            $"var run = await Jcm.RunAsync(Jcm.LoadScenario({System.Text.Json.JsonSerializer.Serialize(scenario)}), trials: 300000);\n",
        ];
        var cell = new { cell_type = "code", execution_count = (int?)null, metadata = new { }, outputs = Array.Empty<object>(), source };
        var notebook = new
        {
            cells = new[] { cell },
            metadata = new { kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" } },
            nbformat = 4,
            nbformat_minor = 5,
        };
        return System.Text.Json.JsonSerializer.Serialize(notebook);
    }
}
