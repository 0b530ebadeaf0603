using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using JcmSim.Cli.Commands;
using JcmSim.Runs;
using Spectre.Console;

namespace JcmSim.Cli.Benchmarking;

/// <summary>
/// <c>jcmsim bench</c>: runs the scenario five times, each as a fresh <c>jcmsim run</c> process so its
/// peak memory and start-up are its own — embedded Orleans at 100 trials and at 10,000 (the fixed cost,
/// and what the trials beyond it cost), in-process and embedded Orleans at the small size, embedded at
/// the large size — then the explorer's lever changes through its HTTP path (<see cref="ExplorerBench"/>), and
/// reports the fixed cost, throughput, the Orleans/in-process ratio, how time and memory scale, grain
/// calls per block-year and the explorer's update times, against the performance goals. Writes bench.json.
/// </summary>
public static class BenchRunner
{
    private const int Steps = 6;

    /// <summary>Trial counts of the full benchmark.</summary>
    public static BenchSizes Full { get; } = new(100_000, 1_000_000, 100, 10_000, 7, 4096, 5);

    /// <summary>Trial counts of <c>--quick</c>.</summary>
    public static BenchSizes Quick { get; } = new(2_000, 20_000, 100, 1_000, 3, 512, 3);

    /// <summary>Runs the benchmark; returns the report written to <paramref name="outFile"/>.</summary>
    /// <param name="scenario">Scenario file to run.</param>
    /// <param name="quick">Small sizes (for CI: checks that the benchmark works, measures nothing reliable).</param>
    /// <param name="outFile">Where bench.json goes.</param>
    /// <param name="context">Console and error writer.</param>
    /// <param name="cancellationToken">Stops the benchmark (the running child is killed).</param>
    public static async Task<BenchReport> RunAsync(string scenario, bool quick, string outFile, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!File.Exists(scenario))
        {
            throw new BadInputException($"{scenario}: no such scenario file (jcmsim bench runs from the repository root, or give --scenario PATH).");
        }

        var sizes = quick ? Quick : Full;
        var work = Directory.CreateTempSubdirectory("jcmsim-bench-");
        try
        {
            // The short and medium runs first, while nothing else of the benchmark has warmed the disk cache differently.
            var shortSamples = new List<double>();
            for (var run = 1; run <= sizes.ShortRuns; run++)
            {
                var (_, seconds) = await MeasureAsync(context, 1, $"embedded Orleans (fixed cost, process {run} of {sizes.ShortRuns})", scenario, sizes.Short, inProcess: false, work.FullName, cancellationToken, $"-{run}");
                shortSamples.Add(seconds);
            }

            var (_, mediumSeconds) = await MeasureAsync(context, 2, "embedded Orleans", scenario, sizes.Medium, inProcess: false, work.FullName, cancellationToken);
            var (inProcess, _) = await MeasureAsync(context, 3, "in-process", scenario, sizes.Small, inProcess: true, work.FullName, cancellationToken);
            var (embedded, _) = await MeasureAsync(context, 4, "embedded Orleans", scenario, sizes.Small, inProcess: false, work.FullName, cancellationToken);
            var (large, _) = await MeasureAsync(context, 5, "embedded Orleans", scenario, sizes.Large, inProcess: false, work.FullName, cancellationToken);
            var explorer = await MeasureExplorerAsync(context, scenario, sizes, cancellationToken);
            var report = new BenchReport(
                JcmSimVersion.Current,
                quick,
                new BenchMachine(Environment.ProcessorCount, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription),
                scenario,
                sizes,
                inProcess,
                embedded,
                large,
                embedded.TrialsPerSecond / inProcess.TrialsPerSecond,
                large.WallSeconds / embedded.WallSeconds,
                large.SimulateSeconds / embedded.SimulateSeconds,
                (double)large.PeakWorkingSetBytes / embedded.PeakWorkingSetBytes,
                embedded.BlockYears == 0 ? 0 : (double)embedded.GrainCalls / embedded.BlockYears,
                (inProcess.CpuSeconds / inProcess.Trials) / (embedded.CpuSeconds / embedded.Trials),
                BenchMedian.Of(shortSamples),
                shortSamples,
                mediumSeconds,
                explorer);
            await WriteAsync(outFile, report, cancellationToken);
            context.Console.Write(BenchTable.Build(report));
            context.Console.MarkupLineInterpolated($"bench.json: {Path.GetFullPath(outFile)}");
            return report;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Only the explorer's part of the benchmark (<c>--explorer-only</c>): printed, not written.</summary>
    /// <param name="scenario">Scenario file whose folder the explorer serves.</param>
    /// <param name="quick">The small size.</param>
    /// <param name="context">Console and error writer.</param>
    /// <param name="cancellationToken">Stops the benchmark.</param>
    public static async Task<ExplorerBenchReport> RunExplorerAsync(string scenario, bool quick, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!File.Exists(scenario))
        {
            throw new BadInputException($"{scenario}: no such scenario file (jcmsim bench runs from the repository root, or give --scenario PATH).");
        }

        return await MeasureExplorerAsync(context, scenario, quick ? Quick : Full, cancellationToken);
    }

    private static async Task<ExplorerBenchReport> MeasureExplorerAsync(CommandContext context, string scenario, BenchSizes sizes, CancellationToken cancellationToken)
    {
        context.Console.MarkupLineInterpolated($"[[6/{Steps}]] explorer on embedded Orleans, {sizes.ExplorerChanges} lever changes to {sizes.ExplorerTrials:N0} trials through HTTP, and in-process …");
        var explorer = await ExplorerBench.RunAsync(scenario, sizes.ExplorerChanges, sizes.ExplorerTrials, (value, first, full, alone) =>
            context.Console.MarkupLineInterpolated($"      {value:0.###}: first update {first:0.00} s, {sizes.ExplorerTrials:N0} trials {full:0.00} s, in-process {alone:0.00} s"), cancellationToken);
        context.Console.MarkupLineInterpolated(
            $"      first update {explorer.FirstUpdateMedianSeconds:N2} s, {explorer.Trials:N0} trials {explorer.FullMedianSeconds:N2} s, in-process {explorer.InProcessMedianSeconds:N2} s (medians; ratio {explorer.FullToInProcessRatio:N2})");
        context.Console.MarkupLineInterpolated(
            $"      processor time: first update {explorer.FirstUpdateCpuMedianSeconds:N2} s, {explorer.Trials:N0} trials {explorer.FullCpuMedianSeconds:N2} s, in-process {explorer.InProcessCpuMedianSeconds:N2} s (medians; ratio {explorer.FullToInProcessCpuRatio:N2})");
        return explorer;
    }

    // The run's own figures, and the child process's wall time as the planner waits for it (start-up included).
    private static async Task<(RunStats Stats, double ProcessSeconds)> MeasureAsync(
        CommandContext context, int step, string label, string scenario, int trials, bool inProcess, string work, CancellationToken cancellationToken, string suffix = "")
    {
        var output = Path.Combine(work, $"run-{step}{suffix}");
        var statsFile = Path.Combine(work, $"stats-{step}{suffix}.json");
        context.Console.MarkupLineInterpolated($"[[{step}/{Steps}]] {label}, {trials:N0} trials …");
        string[] arguments = ["run", scenario, "--trials", trials.ToString(CultureInfo.InvariantCulture), "--seed", "1", "--out", output, "--stats", statsFile, .. inProcess ? new[] { "--in-process" } : []];
        var (fileName, prefix) = Self();
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in prefix.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = child.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await child.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }

        var processSeconds = clock.Elapsed.TotalSeconds;
        await stdout;
        var error = await stderr;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The benchmark run '{string.Join(' ', arguments)}' exited with {child.ExitCode}: {error.Trim()}");
        }

        await using var stream = File.OpenRead(statsFile);
        var stats = await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.RunStats, cancellationToken)
            ?? throw new InvalidOperationException($"{statsFile} is empty.");
        context.Console.MarkupLineInterpolated(
            $"      {stats.TrialsPerSecond:N0} trials/s, {stats.WallSeconds:N1} s in the run, {processSeconds:N2} s as a process, peak {stats.PeakWorkingSetBytes / (1024.0 * 1024):N0} MB, block size {stats.BlockSize}");
        return (stats, processSeconds);
    }

    // This program again: the jcmsim executable itself, or 'dotnet jcmsim.dll' when hosted otherwise (tests).
    private static (string FileName, string[] Prefix) Self()
    {
        var path = Environment.ProcessPath;
        if (path is not null && Path.GetFileNameWithoutExtension(path) == "jcmsim")
        {
            return (path, []);
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return (host, [typeof(BenchRunner).Assembly.Location]);
    }

    private static async Task WriteAsync(string path, BenchReport report, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, report, BenchJsonContext.Default.BenchReport, cancellationToken);
        }

        File.Move(temporary, full, overwrite: true);
    }
}
