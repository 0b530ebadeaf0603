using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using JcmSim.Analysis.Results;
using JcmSim.Cli.Benchmarking;
using JcmSim.Grains.Blocks;
using JcmSim.Charts;
using JcmSim.Charts.Reports;
using JcmSim.Charts.Style;
using JcmSim.Cli.Commands;
using JcmSim.Cli.Console;
using JcmSim.Cli.Running.Checkpoints;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using Spectre.Console;

namespace JcmSim.Cli.Running;

/// <summary>
/// The whole of <c>jcmsim run</c>: load and check every input first (so bad input writes nothing),
/// then simulate into a temporary folder and rename it into place only when everything is written.
/// </summary>
public static class RunPipeline
{
    /// <summary>The version written into manifests and chart footers.</summary>
    public static string Version { get; } =
        typeof(RunPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs <paramref name="options"/>; returns the summary that was written.</summary>
    public static async Task<RunSummary> RunAsync(RunOptions options, CommandContext context, string commandLine, CancellationToken cancellationToken)
    {
        var command = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var grainCallsBefore = BlockGrainCalls.Count;
        var scenarios = ScenarioSet.Load(options.Scenarios);
        ChartFonts.EnsureInstalled();
        var compiled = scenarios.Select(s => new CompiledScenario(s.Scenario)).ToList();
        var interrupted = options.Resume is null ? null : InterruptedRun.Find(options, scenarios);
        var blockSize = interrupted?.BlockSize ?? options.EffectiveBlockSize(Environment.ProcessorCount);
        var plan = new TrialPlan(options.Trials, blockSize);
        var outDir = options.Resume ?? options.Out ?? Path.Combine("out", $"{scenarios[0].Scenario.Name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var parallel = options.MaxParallelBlocks > 0 ? options.MaxParallelBlocks : 2 * Environment.ProcessorCount;
        RunMemoryBudget.Check(compiled, options.Trials, blockSize, parallel);
        RunDiskBudget.Check(compiled, options.Trials, outDir);

        using var folder = ResultFolder.Create(outDir, options.Force);
        var clock = Stopwatch.StartNew();
        await using var engine = options.Cluster is { } cluster
            ? await ClusterEngine.ConnectAsync(cluster, options.MaxParallelBlocks, cancellationToken)
            : options.InProcess
                ? new InProcessEngine(parallel)
                : (ISimulationEngine)await EmbeddedOrleansEngine.StartAsync(parallel, cancellationToken);
        await using var checkpoint = RunCheckpoint.Open(folder, RunIdentity.Of(scenarios, options.Seed, options.Trials, blockSize), interrupted, context);

        var descriptors = scenarios.Zip(compiled, (s, c) => Describe(s.Scenario, c, options)).ToList();
        RunSummary summary;
        double simulateSeconds;
        long blockYears;
        int trialsDone;
        await using (var writer = new RunResultWriter(folder.TempPath, descriptors))
        {
            var trialsRun = new int[scenarios.Count];
            var simulating = Stopwatch.StartNew();
            await ProgressDisplay.RunAsync(context, async progress =>
            {
                for (var i = 0; i < scenarios.Count; i++)
                {
                    trialsRun[i] = options.Precision is { } precision
                        ? await RunUntilPreciseAsync(engine, scenarios[i].Scenario, compiled[i], options, precision, blockSize, writer, i, checkpoint, progress, cancellationToken)
                        : await RunAllAsync(engine, scenarios[i].Scenario, compiled[i], options, plan, writer, i, checkpoint, progress, cancellationToken);
                }
            });

            simulating.Stop();
            simulateSeconds = simulating.Elapsed.TotalSeconds;
            blockYears = trialsRun.Select((n, i) => (long)((n + blockSize - 1) / blockSize) * (compiled[i].LastYear - compiled[i].FirstYear + 1)).Sum();
            trialsDone = trialsRun.Max();
            var provenance = scenarios
                .Select(s => new ScenarioProvenance(s.Scenario.Name, s.SourceFiles.Select(ScenarioFileHash.Of).ToList(), ScenarioJson.Serialize(s.Scenario)))
                .ToList();
            var manifest = new RunManifest(Version, DateTimeOffset.UtcNow, commandLine, engine.Mode, engine.SiloCount, options.Seed,
                trialsRun.Max(), blockSize, clock.Elapsed.TotalSeconds, provenance);
            summary = await writer.CompleteAsync(manifest);
        }

        // charts/ and report.html are drawn from the result files just written, as 'jcmsim chart' would.
        await ResultFolderRenderer.RenderAsync(folder.TempPath, folder.TempPath, new ChartOptions { Language = options.Language }, cancellationToken);
        folder.Commit();
        await checkpoint.CompleteAsync();
        context.Console.Write(SummaryTable.Build(summary, options.Language));
        context.Console.WriteLine();
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

        if (options.StatsFile is { } statsFile)
        {
            using var process = Process.GetCurrentProcess();
            var stats = new RunStats(engine.Mode.ToString().ToLowerInvariant(), trialsDone, blockSize, simulateSeconds, command.Elapsed.TotalSeconds, trialsDone / simulateSeconds,
                process.PeakWorkingSet64, GC.GetTotalAllocatedBytes() - allocatedBefore, BlockGrainCalls.Count - grainCallsBefore, blockYears, process.TotalProcessorTime.TotalSeconds);
            await File.WriteAllTextAsync(statsFile, JsonSerializer.Serialize(stats, BenchJsonContext.Default.RunStats), cancellationToken);
        }

        context.Console.MarkupLineInterpolated($"{(options.Language == "ja" ? "結果" : "Results")}: {folder.FinalPath} ({clock.Elapsed.TotalSeconds:F1} s, {engine.Mode.ToString().ToLowerInvariant()}, block size {blockSize})");
        return summary;
    }

    private static async Task<int> RunAllAsync(ISimulationEngine engine, Scenario scenario, CompiledScenario compiled, RunOptions options, TrialPlan plan,
        RunResultWriter writer, int index, RunCheckpoint checkpoint, IRunProgress progress, CancellationToken cancellationToken)
    {
        progress.Start(scenario.Name, options.Trials);
        foreach (var block in checkpoint.Restore(index))
        {
            writer.Add(index, block);
            progress.Advance(block.Count);
        }

        await foreach (var block in engine.RunAsync(scenario, compiled, options.Seed, plan, checkpoint.NextBlock(index), cancellationToken))
        {
            await checkpoint.SaveAsync(index, block, cancellationToken);
            writer.Add(index, block);
            progress.Advance(block.Count);
        }

        progress.Finish();
        return options.Trials;
    }

    // Waves of the same deterministic trial sequence until the precision is reached (PrecisionStop).
    private static async Task<int> RunUntilPreciseAsync(ISimulationEngine engine, Scenario scenario, CompiledScenario compiled, RunOptions options, double precision,
        int blockSize, RunResultWriter writer, int index, RunCheckpoint checkpoint, IRunProgress progress, CancellationToken cancellationToken)
    {
        var thresholds = scenario.Accounting.Targets.Select(t => t.ThresholdMt).ToArray();
        var met = new int[thresholds.Length];
        var done = 0;
        var end = PrecisionStop.FirstWave(options.Trials);
        progress.Start(scenario.Name, end);
        while (true)
        {
            await foreach (var block in engine.RunAsync(scenario, compiled, options.Seed, new TrialPlan(end, blockSize), done / blockSize, cancellationToken))
            {
                await checkpoint.SaveAsync(index, block, cancellationToken);
                writer.Add(index, block);
                for (var t = 0; t < thresholds.Length; t++)
                {
                    foreach (var value in block.CumulativeMt[t].AsSpan(0, block.Count))
                    {
                        met[t] += value >= thresholds[t] ? 1 : 0;
                    }
                }

                progress.Advance(block.Count);
            }

            done = end;
            if (done >= options.Trials || PrecisionStop.WidestHalfWidth(met, done) <= precision)
            {
                break;
            }

            end = PrecisionStop.NextWave(met, done, precision, options.Trials);
            progress.Extend(end);
        }

        if (done < options.Trials)
        {
            writer.StopScenario(index);
        }

        progress.Finish();
        return done;
    }

    private static ScenarioRunDescriptor Describe(Scenario scenario, CompiledScenario compiled, RunOptions options) => new(
        scenario.Name,
        scenario.Title,
        options.Trials,
        options.Seed,
        scenario.Accounting.StartYear,
        scenario.Accounting.Targets,
        compiled.Series.Series,
        compiled.OutputFirstYear,
        compiled.OutputYears);
}
