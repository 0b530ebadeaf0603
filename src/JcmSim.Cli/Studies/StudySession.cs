using System.Diagnostics;
using System.Globalization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using JcmSim.Cli.Commands;
using JcmSim.Cli.Console;
using JcmSim.Cli.Running;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>
/// What every study does around its own computation: the output folder (written in a temporary
/// folder, renamed into place by <see cref="CompleteAsync"/>; left out entirely on failure), the
/// engine started once for all points (embedded silo, in-process or cluster), one progress display
/// for the whole study, and the manifest.
/// </summary>
public sealed class StudySession : IAsyncDisposable
{
    private readonly StudyOptions _options;
    private readonly LoadedScenario _loaded;
    private readonly ResultFolder _folder;
    private readonly Stopwatch _clock;

    private StudySession(StudyOptions options, LoadedScenario loaded, ResultFolder folder, ISimulationEngine engine, int blockSize, Stopwatch clock)
    {
        _options = options;
        _loaded = loaded;
        _folder = folder;
        Engine = engine;
        BlockSize = blockSize;
        _clock = clock;
    }

    /// <summary>The engine the points run on.</summary>
    public ISimulationEngine Engine { get; }

    /// <summary>Trials per block.</summary>
    public int BlockSize { get; }

    /// <summary>The scenario as loaded.</summary>
    public Scenario Scenario => _loaded.Scenario;

    /// <summary>The temporary folder the study writes into.</summary>
    public string FolderPath => _folder.TempPath;

    /// <summary>Seconds since the session started.</summary>
    public double ElapsedSeconds => _clock.Elapsed.TotalSeconds;

    /// <summary>Loads and validates the scenario of <paramref name="options"/> (nothing is written yet).</summary>
    public static LoadedScenario Load(StudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ScenarioSet.Load([options.Scenario])[0];
    }

    /// <summary>Creates the output folder and starts the engine; call once every input is checked.</summary>
    public static async Task<StudySession> StartAsync(StudyOptions options, LoadedScenario loaded, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loaded);
        ChartFonts.EnsureInstalled();
        var blockSize = new RunOptions
        {
            Scenarios = [options.Scenario], Trials = options.TrialsPerPoint, Seed = options.Seed, BlockSize = 0, Language = options.Language,
            Force = options.Force, InProcess = options.InProcess, MaxParallelBlocks = options.MaxParallelBlocks,
        }.EffectiveBlockSize(Environment.ProcessorCount);
        var parallel = options.MaxParallelBlocks > 0 ? options.MaxParallelBlocks : 2 * Environment.ProcessorCount;
        var outDir = options.Out ?? Path.Combine("out", $"{loaded.Scenario.Name}-{kind}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var folder = ResultFolder.Create(outDir, options.Force);
        try
        {
            var clock = Stopwatch.StartNew();
            var engine = options.Cluster is { } cluster
                ? await ClusterEngine.ConnectAsync(cluster, options.MaxParallelBlocks, cancellationToken)
                : options.InProcess
                    ? new InProcessEngine(parallel)
                    : (ISimulationEngine)await EmbeddedOrleansEngine.StartAsync(parallel, cancellationToken);
            return new StudySession(options, loaded, folder, engine, blockSize, clock);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A runner of points of this scenario with <see cref="StudyOptions.TrialsPerPoint"/> trials and the study's seed.</summary>
    public StudyRunner Runner(IReadOnlyList<StudiedInput> inputs) =>
        new(Engine, Scenario, inputs, new TrialPlan(_options.TrialsPerPoint, BlockSize), _options.Seed);

    /// <summary>Runs <paramref name="work"/> under one progress display of <paramref name="points"/> × trials per point.</summary>
    public static Task WithProgressAsync(CommandContext context, string label, long points, int trialsPerPoint, Func<IRunProgress, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var total = points * trialsPerPoint;
        return ProgressDisplay.RunAsync(context, async progress =>
        {
            progress.Start(label, (int)Math.Min(total, int.MaxValue));
            await work(progress);
            progress.Finish();
        });
    }

    /// <summary>Writes manifest.json, renames the folder into place and prints where it is.</summary>
    public async Task CompleteAsync(CommandContext context, string commandLine, string summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var manifest = new RunManifest(RunPipeline.Version, DateTimeOffset.UtcNow, commandLine, Engine.Mode, Engine.SiloCount, _options.Seed, _options.TrialsPerPoint, BlockSize,
            _clock.Elapsed.TotalSeconds, [new ScenarioProvenance(Scenario.Name, _loaded.SourceFiles.Select(ScenarioFileHash.Of).ToList(), ScenarioJson.Serialize(Scenario))]);
        await ManifestJson.WriteAsync(Path.Combine(_folder.TempPath, ResultFileNames.ManifestJson), manifest, cancellationToken);
        _folder.Commit();
        context.Console.MarkupLineInterpolated($"{(_options.Language == "ja" ? "結果" : "Results")}: {_folder.FinalPath} ({summary}, {_clock.Elapsed.TotalSeconds:F1} s, {Engine.Mode.ToString().ToLowerInvariant()})");
    }

    /// <summary>Stops the engine and removes the temporary folder unless it was completed.</summary>
    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        _folder.Dispose();
    }
}
