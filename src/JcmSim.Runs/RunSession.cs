using System.Diagnostics;
using System.Globalization;
using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Results;
using JcmSim.Charts;
using JcmSim.Charts.Style;
using JcmSim.Grains.Hosting;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Runs.Checkpoints;
using JcmSim.Runs.Engines;
using JcmSim.Runs.Workbooks;
using Microsoft.Extensions.Logging;

namespace JcmSim.Runs;

/// <summary>
/// A run of one or more scenarios, for every front end: load and check every input first (so bad
/// input writes nothing), then simulate into a temporary folder, draw the charts and report from
/// the files written, and rename the folder into place only when everything is there. The outcome
/// comes back in memory as well as on disk.
/// </summary>
public static class RunSession
{
    /// <summary>Runs <paramref name="options"/> on the engine they name, started for this run and stopped after it.</summary>
    /// <param name="options">What to run.</param>
    /// <param name="host">Where progress and notes go.</param>
    /// <param name="commandLine">How the run was asked for, for the manifest.</param>
    /// <param name="cancellationToken">Stops the run; nothing is written then.</param>
    /// <exception cref="ScenarioFormat.ScenarioValidationException">A scenario file is not valid.</exception>
    /// <exception cref="BadInputException">The options cannot be run (output folder, budgets, resume).</exception>
    public static async Task<RunOutcome> RunAsync(RunOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = new RunTimings();
        timings.Add("process start-up", RunTimings.SinceProcessStart());

        // What the engine logs while it starts is kept until the run's jcmsim.log exists.
        using var startLog = HostLog.Shared.Hold();

        // The engine starts while the scenario files are read and checked: an embedded silo takes
        // about a second of a short run's fixed cost, and loading needs none of it.
        var opening = Task.Run(async () =>
        {
            var starting = Stopwatch.StartNew();
            var opened = await options.Engine.OpenAsync(cancellationToken).ConfigureAwait(false);
            timings.Add("engine start (beside loading and set-up)", starting);
            return opened;
        }, cancellationToken);
        IReadOnlyList<LoadedScenario> scenarios;
        try
        {
            var loading = Stopwatch.StartNew();
            scenarios = ScenarioSet.Load(options.Scenarios);
            timings.Add("scenario loading", loading);
        }
        catch
        {
            // Bad input is reported as before; the engine started for nothing is stopped first.
            await CloseQuietlyAsync(opening).ConfigureAwait(false);
            throw;
        }

        // The run's set-up (budgets, output folder, log, checkpoints, result files) is done while the engine is
        // still starting too: the silo's start keeps one core busy, and the set-up took ~0.1 s after it.
        try
        {
            return await RunAsync(options, scenarios, host, commandLine, opening, onBlock: null, timings, startLog, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (opening.IsCompletedSuccessfully)
            {
                var stopping = Stopwatch.StartNew();
                await opening.Result.DisposeAsync().ConfigureAwait(false);
                PhaseLog.LogInformation("engine stop {Seconds:F2} s", stopping.Elapsed.TotalSeconds);
            }
            else
            {
                // The run failed before its engine was up (bad input, or the engine's own start): that failure is reported.
                await CloseQuietlyAsync(opening).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs scenarios already loaded (from files, or built in code and checked) on
    /// <paramref name="engine"/> when given (left open), else on the engine <paramref name="options"/> names.
    /// <see cref="RunOptions.Scenarios"/> is ignored.
    /// </summary>
    /// <param name="options">How to run.</param>
    /// <param name="scenarios">What to run; the first is the reference of the comparison.</param>
    /// <param name="host">Where progress and notes go.</param>
    /// <param name="commandLine">How the run was asked for, for the manifest.</param>
    /// <param name="engine">An open engine to run on (not disposed here), or null to open the one <paramref name="options"/> names.</param>
    /// <param name="onBlock">Told every block of every scenario (by scenario index) in trial order, as the writer gets it; null for none.</param>
    /// <param name="cancellationToken">Stops the run; nothing is written then.</param>
    public static Task<RunOutcome> RunAsync(
        RunOptions options, IReadOnlyList<LoadedScenario> scenarios, IRunHost host, string commandLine, ISimulationEngine? engine,
        Action<int, TrialBlockResult>? onBlock, CancellationToken cancellationToken) =>
        RunAsync(options, scenarios, host, commandLine, engine is null ? null : Task.FromResult(engine), onBlock, new RunTimings(), startLog: null, cancellationToken);

    // The run's phases are logged to its jcmsim.log (and shown with --verbose), beside the runtime's warnings.
    private static readonly ILogger PhaseLog = HostLog.Shared.CreateLogger("JcmSim.Runs.RunSession");

    private static async Task CloseQuietlyAsync(Task<ISimulationEngine> opening)
    {
        try
        {
            await (await opening.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The engine's own failure is moot: the input's problem is the one to report.
        }
    }

    private static async Task<RunOutcome> RunAsync(
        RunOptions options, IReadOnlyList<LoadedScenario> scenarios, IRunHost host, string commandLine, Task<ISimulationEngine>? engine,
        Action<int, TrialBlockResult>? onBlock, RunTimings timings, HostLog.HeldLines? startLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(host);
        if (options.WriteCharts)
        {
            ChartFonts.EnsureInstalled();
        }

        var compiling = Stopwatch.StartNew();
        var compiled = scenarios.Select(s => new CompiledScenario(s.Scenario)).ToList();
        timings.Add("compile", compiling);
        var interrupted = options.Resume is null ? null : InterruptedRun.Find(options, scenarios);
        var blockSize = interrupted?.BlockSize ?? options.EffectiveBlockSize(Environment.ProcessorCount);
        var plan = new TrialPlan(options.Trials, blockSize);
        var outDir = options.Resume ?? options.Out ?? Path.Combine("out", $"{scenarios[0].Scenario.Name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        RunMemoryBudget.Check(compiled, options.Trials, blockSize, options.Engine.LocalParallelBlocks);
        RunDiskBudget.Check(compiled, options.Trials, outDir);

        var setUp = Stopwatch.StartNew();
        using var folder = ResultFolder.Create(outDir, options.Force);
        var log = HostLog.Shared.WriteTo(Path.Combine(folder.TempPath, ResultFileNames.HostLog), startLog);
        ISimulationEngine? owned = null;
        try
        {
            await using var checkpoint = RunCheckpoint.Open(folder, RunIdentity.Of(scenarios, options.Seed, options.Trials, blockSize), interrupted, host);
            var descriptors = scenarios.Zip(compiled, (s, c) => Describe(s.Scenario, c, options)).ToList();
            var trialsRun = new int[scenarios.Count];
            RunSummary summary;
            var writing = new Stopwatch();
            Stopwatch clock, simulating;
            ISimulationEngine running;
            await using (var writer = new RunResultWriter(folder.TempPath, descriptors))
            {
                timings.Add("run set-up", setUp);

                // The run's clock starts when its engine is opened, or is up when it was given.
                if (engine is null)
                {
                    clock = Stopwatch.StartNew();
                    running = owned = await options.Engine.OpenAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    running = await engine.ConfigureAwait(false);
                    clock = Stopwatch.StartNew();
                }

                simulating = Stopwatch.StartNew();
                await host.WithProgressAsync(async progress =>
                {
                    for (var i = 0; i < scenarios.Count; i++)
                    {
                        var scenario = new ScenarioWork(scenarios[i].Scenario, compiled[i], i, writer, checkpoint, progress, onBlock);
                        trialsRun[i] = options.Precision is { } precision
                            ? await RunUntilPreciseAsync(running, scenario, options, precision, blockSize, cancellationToken).ConfigureAwait(false)
                            : await RunAllAsync(running, scenario, options, plan, cancellationToken).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);

                simulating.Stop();
                timings.Add("simulate", simulating);
                writing.Start();
                var provenance = scenarios
                    .Select(s => new ScenarioProvenance(s.Scenario.Name, s.SourceFiles.Select(ScenarioFileHash.Of).ToList(), ScenarioJson.Serialize(s.Scenario)))
                    .ToList();
                var manifest = new RunManifest(JcmSimVersion.Current, DateTimeOffset.UtcNow, commandLine, running.Mode, running.SiloCount, options.Seed,
                    trialsRun.Max(), blockSize, clock.Elapsed.TotalSeconds, provenance);
                summary = await writer.CompleteAsync(manifest).ConfigureAwait(false);
            }

            timings.Add("result files", writing);
            var drawing = Stopwatch.StartNew();

            // results.xlsx, charts/ and report.html are drawn from the result files just written, as 'jcmsim chart' would.
            var results = await RunResults.LoadAsync(folder.TempPath, cancellationToken).ConfigureAwait(false);

            // The workbook is written beside the charts, not after them: on two cores its first use (the Open XML
            // SDK's start-up) overlaps the drawing instead of adding to the run's time.
            var workbook = Task.Run(() => Timed(timings, "workbook (beside charts)", () => ResultWorkbook.Write(results, Path.Combine(folder.TempPath, ResultFileNames.ResultsWorkbook), options.Language)), cancellationToken);
            var charts = options.WriteCharts
                ? Task.Run(() => Timed(timings, "charts and report", () => ResultFolderRenderer.Render(results, folder.TempPath, new ChartOptions { Language = options.Language })), cancellationToken)
                : Task.CompletedTask;
            await Task.WhenAll(workbook, charts).ConfigureAwait(false);
            timings.Add("reading results, charts, report and workbook", drawing);
            timings.Add("run so far", clock);
            PhaseLog.LogInformation("run phases: {Phases}; {Work}", timings, RunTimings.ProcessWork());
            log.Dispose();
            folder.Commit();
            await checkpoint.CompleteAsync().ConfigureAwait(false);
            var blockYears = trialsRun.Select((n, i) => (long)((n + blockSize - 1) / blockSize) * (compiled[i].LastYear - compiled[i].FirstYear + 1)).Sum();
            return new RunOutcome(summary, results.InFolder(folder.FinalPath), folder.FinalPath, running.Mode, running.SiloCount, blockSize, trialsRun,
                clock.Elapsed.TotalSeconds, simulating.Elapsed.TotalSeconds, blockYears);
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }

            log.Dispose();
        }
    }

    private static void Timed(RunTimings timings, string phase, Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        timings.Add(phase, clock);
    }

    private static async Task<int> RunAllAsync(ISimulationEngine engine, ScenarioWork work, RunOptions options, TrialPlan plan, CancellationToken cancellationToken)
    {
        work.Progress.Start(work.Scenario.Name, options.Trials);
        foreach (var block in work.Checkpoint.Restore(work.Index))
        {
            work.Add(block);
            work.Progress.Advance(block.Count);
        }

        await foreach (var block in engine.RunAsync(work.Scenario, work.Compiled, options.Seed, plan, work.Checkpoint.NextBlock(work.Index), cancellationToken).ConfigureAwait(false))
        {
            await work.Checkpoint.SaveAsync(work.Index, block, cancellationToken).ConfigureAwait(false);
            work.Add(block);
            work.Progress.Advance(block.Count);
        }

        work.Progress.Finish();
        return options.Trials;
    }

    // Waves of the same deterministic trial sequence until the precision is reached (PrecisionStop).
    private static async Task<int> RunUntilPreciseAsync(ISimulationEngine engine, ScenarioWork work, RunOptions options, double precision, int blockSize, CancellationToken cancellationToken)
    {
        var thresholds = work.Scenario.Accounting.Targets.Select(t => t.ThresholdMt).ToArray();
        var met = new int[thresholds.Length];
        var done = 0;
        var end = PrecisionStop.FirstWave(options.Trials);
        work.Progress.Start(work.Scenario.Name, end);
        while (true)
        {
            await foreach (var block in engine.RunAsync(work.Scenario, work.Compiled, options.Seed, new TrialPlan(end, blockSize), done / blockSize, cancellationToken).ConfigureAwait(false))
            {
                await work.Checkpoint.SaveAsync(work.Index, block, cancellationToken).ConfigureAwait(false);
                work.Add(block);
                for (var t = 0; t < thresholds.Length; t++)
                {
                    foreach (var value in block.CumulativeMt[t].AsSpan(0, block.Count))
                    {
                        met[t] += value >= thresholds[t] ? 1 : 0;
                    }
                }

                work.Progress.Advance(block.Count);
            }

            done = end;
            if (done >= options.Trials || PrecisionStop.WidestHalfWidth(met, done) <= precision)
            {
                break;
            }

            end = PrecisionStop.NextWave(met, done, precision, options.Trials);
            work.Progress.Extend(end);
        }

        if (done < options.Trials)
        {
            work.Writer.StopScenario(work.Index);
        }

        work.Progress.Finish();
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
        compiled.OutputYears)
    {
        Reading = scenario.Accounting.Reading,
        Observations = ObservationReadings.For(scenario),
    };

    // One scenario's part of the run: what its blocks go through.
    private sealed record ScenarioWork(
        Scenario Scenario, CompiledScenario Compiled, int Index, RunResultWriter Writer, RunCheckpoint Checkpoint, IRunProgress Progress, Action<int, TrialBlockResult>? OnBlock)
    {
        public void Add(TrialBlockResult block)
        {
            Writer.Add(Index, block);
            OnBlock?.Invoke(Index, block);
        }
    }
}
