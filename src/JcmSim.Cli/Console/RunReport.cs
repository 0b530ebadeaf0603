using System.Diagnostics;
using System.Text.Json;
using JcmSim.Cli.Benchmarking;
using JcmSim.Cli.Commands;
using JcmSim.Grains.Blocks;
using JcmSim.Runs;
using Spectre.Console;

namespace JcmSim.Cli.Console;

/// <summary>
/// <c>jcmsim run</c> (and <c>compare</c>) on the console: the run session under a progress display,
/// then the summary table, the auto-stop lines, the run's own measurements for <c>jcmsim bench</c>,
/// and where the results are.
/// </summary>
public static class RunReport
{
    /// <summary>Runs <paramref name="options"/> and prints what it found; returns the outcome.</summary>
    /// <param name="options">What to run.</param>
    /// <param name="context">The console.</param>
    /// <param name="statsFile">Where to write <see cref="RunStats"/> (hidden <c>--stats</c>), or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="readings">Also print every reading of the target side by side (<c>--readings</c>).</param>
    public static async Task<RunOutcome> RunAsync(RunOptions options, CommandContext context, string? statsFile, CancellationToken cancellationToken, bool readings = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var command = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var grainCallsBefore = BlockGrainCalls.Count;
        var outcome = await RunSession.RunAsync(options, new ConsoleRunHost(context), Environment.CommandLine, cancellationToken);
        var summary = outcome.Summary;
        context.Console.Write(SummaryTable.Build(summary, options.Language));
        context.Console.WriteLine();
        if (readings)
        {
            context.Console.Write(SummaryTable.BuildReadings(summary, options.Language));
            context.Console.WriteLine();
        }

        if (options.Precision is { } wanted)
        {
            foreach (var scenario in summary.Scenarios)
            {
                var met = scenario.Targets.Select(t => (int)Math.Round(t.Probability * scenario.Trials)).ToArray();
                var reached = PrecisionStop.WidestHalfWidth(met, scenario.Trials);
                if (reached <= wanted)
                {
                    context.Console.MarkupLineInterpolated($"{scenario.Name}: {scenario.Trials:N0} trials were needed for every target probability to be within ±{wanted:0.####} (95%; widest ±{reached:0.#####}).");
                }
                else
                {
                    context.Console.MarkupLineInterpolated($"{scenario.Name}: stopped at --max-trials {scenario.Trials:N0}; the widest 95% interval is still ±{reached:0.#####}, not ±{wanted:0.####}.");
                }
            }
        }

        if (statsFile is not null)
        {
            using var process = Process.GetCurrentProcess();
            var trialsDone = outcome.TrialsRun.Max();
            var stats = new RunStats(outcome.Mode.ToString().ToLowerInvariant(), trialsDone, outcome.BlockSize, outcome.SimulateSeconds, command.Elapsed.TotalSeconds,
                trialsDone / outcome.SimulateSeconds, process.PeakWorkingSet64, GC.GetTotalAllocatedBytes() - allocatedBefore, BlockGrainCalls.Count - grainCallsBefore,
                outcome.BlockYears, process.TotalProcessorTime.TotalSeconds);
            await File.WriteAllTextAsync(statsFile, JsonSerializer.Serialize(stats, BenchJsonContext.Default.RunStats), cancellationToken);
        }

        context.Console.MarkupLineInterpolated($"{(options.Language == "ja" ? "結果" : "Results")}: {outcome.Folder} ({outcome.WallSeconds:F1} s, {outcome.Mode.ToString().ToLowerInvariant()}, block size {outcome.BlockSize})");
        return outcome;
    }
}
