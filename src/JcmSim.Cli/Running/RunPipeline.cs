using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using JcmSim.Analysis.Results;
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
        await using (var writer = new RunResultWriter(folder.TempPath, descriptors))
        {
            await ProgressDisplay.RunAsync(context, async progress =>
            {
                for (var i = 0; i < scenarios.Count; i++)
                {
                    progress.Start(scenarios[i].Scenario.Name, options.Trials);
                    foreach (var block in checkpoint.Restore(i))
                    {
                        writer.Add(i, block);
                        progress.Advance(block.Count);
                    }

                    await foreach (var block in engine.RunAsync(scenarios[i].Scenario, compiled[i], options.Seed, plan, checkpoint.NextBlock(i), cancellationToken))
                    {
                        await checkpoint.SaveAsync(i, block, cancellationToken);
                        writer.Add(i, block);
                        progress.Advance(block.Count);
                    }

                    progress.Finish();
                }
            });

            var provenance = scenarios
                .Select(s => new ScenarioProvenance(s.Scenario.Name, s.SourceFiles.Select(ScenarioFileHash.Of).ToList(), ScenarioJson.Serialize(s.Scenario)))
                .ToList();
            var manifest = new RunManifest(Version, DateTimeOffset.UtcNow, commandLine, engine.Mode, engine.SiloCount, options.Seed,
                options.Trials, blockSize, clock.Elapsed.TotalSeconds, provenance);
            summary = await writer.CompleteAsync(manifest);
        }

        // charts/ and report.html are drawn from the result files just written, as 'jcmsim chart' would.
        await ResultFolderRenderer.RenderAsync(folder.TempPath, folder.TempPath, new ChartOptions { Language = options.Language }, cancellationToken);
        folder.Commit();
        await checkpoint.CompleteAsync();
        context.Console.Write(SummaryTable.Build(summary, options.Language));
        context.Console.WriteLine();
        context.Console.MarkupLineInterpolated($"{(options.Language == "ja" ? "結果" : "Results")}: {folder.FinalPath} ({clock.Elapsed.TotalSeconds:F1} s, {engine.Mode.ToString().ToLowerInvariant()}, block size {blockSize})");
        return summary;
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
