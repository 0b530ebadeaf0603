using JcmSim.Model.Scenarios.Parameters;
using System.Diagnostics;
using System.Globalization;
using JcmSim.Analysis.Results;
using JcmSim.Charts;
using JcmSim.Charts.Reports;
using JcmSim.Charts.Sensitivity;
using JcmSim.Charts.Style;
using JcmSim.Cli.Commands;
using JcmSim.Cli.Console;
using JcmSim.Cli.Running;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using Spectre.Console;

namespace JcmSim.Cli.Reporting;

/// <summary>
/// <c>jcmsim tornado</c>: one-at-a-time sensitivity of a scenario. The base run has every input
/// uncertain; then each uncertain input (<see cref="ScenarioParameters.Uncertain"/>) is held at its
/// P10 and at its P90 with everything else unchanged, every run with the same seed, so the runs share
/// their random numbers and the differences are the inputs' effects, not noise. The embedded silo
/// (or in-process engine, or cluster) is started once for all runs. Writes tornado.json,
/// tornado.parquet, manifest.json and the tornado charts atomically.
/// </summary>
public static class TornadoStudy
{
    /// <summary>Runs the study; returns its result.</summary>
    /// <exception cref="BadInputException">The scenario has no uncertain input, or none matches <see cref="TornadoOptions.Only"/>.</exception>
    public static async Task<TornadoResult> RunAsync(TornadoOptions options, CommandContext context, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var loaded = ScenarioSet.Load([options.Scenario])[0];
        var scenario = loaded.Scenario;
        var parameters = Select(ScenarioParameters.Uncertain(scenario), options.Only, options.Scenario);
        ChartFonts.EnsureInstalled();

        var runs = 1 + (2 * parameters.Count);
        var blockSize = new RunOptions
        {
            Scenarios = [options.Scenario], Trials = options.Trials, Seed = options.Seed, BlockSize = 0, Language = options.Language,
            Force = options.Force, InProcess = options.InProcess, MaxParallelBlocks = options.MaxParallelBlocks,
        }.EffectiveBlockSize(Environment.ProcessorCount);
        var plan = new TrialPlan(options.Trials, blockSize);
        var parallel = options.MaxParallelBlocks > 0 ? options.MaxParallelBlocks : 2 * Environment.ProcessorCount;
        var outDir = options.Out ?? Path.Combine("out", $"{scenario.Name}-tornado-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");

        using var folder = ResultFolder.Create(outDir, options.Force);
        var clock = Stopwatch.StartNew();
        await using var engine = options.Cluster is { } cluster
            ? await ClusterEngine.ConnectAsync(cluster, options.MaxParallelBlocks, cancellationToken)
            : options.InProcess
                ? new InProcessEngine(parallel)
                : (ISimulationEngine)await EmbeddedOrleansEngine.StartAsync(parallel, cancellationToken);

        TornadoResult result = null!;
        await ProgressDisplay.RunAsync(context, async progress =>
        {
            progress.Start($"{scenario.Name}: {runs} runs", runs * options.Trials);
            result = await TornadoRuns.RunAsync(scenario, parameters, options.Trials, options.Seed, RunPipeline.Version,
                variant => engine.RunAsync(variant, new CompiledScenario(variant), options.Seed, plan, 0, cancellationToken),
                progress.Advance, options.LowQuantile, options.HighQuantile);
            progress.Finish();
        });

        await TornadoFiles.WriteAsync(folder.TempPath, result, cancellationToken);
        var manifest = new RunManifest(RunPipeline.Version, DateTimeOffset.UtcNow, commandLine, engine.Mode, engine.SiloCount, options.Seed, options.Trials, blockSize,
            clock.Elapsed.TotalSeconds, [new ScenarioProvenance(scenario.Name, loaded.SourceFiles.Select(ScenarioFileHash.Of).ToList(), ScenarioJson.Serialize(scenario))]);
        await ManifestJson.WriteAsync(Path.Combine(folder.TempPath, ResultFileNames.ManifestJson), manifest, cancellationToken);
        ResultFolderRenderer.Render(result, folder.TempPath, new ChartOptions { Language = options.Language, TornadoBars = options.Top });
        folder.Commit();

        context.Console.Write(TornadoTable.Build(result, options.Language, options.Top));
        context.Console.WriteLine();
        context.Console.MarkupLineInterpolated($"{(options.Language == "ja" ? "結果" : "Results")}: {folder.FinalPath} ({runs} runs × {options.Trials:N0} trials, {clock.Elapsed.TotalSeconds:F1} s, {engine.Mode.ToString().ToLowerInvariant()})");
        return result;
    }

    private static IReadOnlyList<ScenarioParameter> Select(IReadOnlyList<ScenarioParameter> uncertain, IReadOnlyList<string> only, string path)
    {
        if (uncertain.Count == 0)
        {
            throw new BadInputException($"{path}: the scenario has no uncertain input to vary (every distribution is fixed).");
        }

        if (only.Count == 0)
        {
            return uncertain;
        }

        var chosen = uncertain.Where(p => only.Any(prefix => p.Path == prefix || p.Path.StartsWith(prefix + ".", StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            var sections = uncertain.Select(p => p.Path.Split('.')[0]).Distinct(StringComparer.Ordinal).ToList();
            var examples = sections.Select(section => uncertain.First(p => p.Path.StartsWith(section + ".", StringComparison.Ordinal)).Path);
            throw new BadInputException(
                $"--only {string.Join(",", only)} matches no uncertain input of {path} (allowed: a path or a prefix of one: {string.Join(", ", sections)}; e.g. {string.Join(", ", examples)}).");
        }

        return chosen;
    }
}
