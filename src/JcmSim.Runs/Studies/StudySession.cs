using System.Diagnostics;
using System.Globalization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using JcmSim.Grains.Hosting;
using JcmSim.Runs.Engines;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Studies;

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
    private readonly IRunHost _host;
    private readonly IDisposable _log;

    private StudySession(StudyOptions options, LoadedScenario loaded, ResultFolder folder, IDisposable log, ISimulationEngine engine, int blockSize, Stopwatch clock, IRunHost host)
    {
        _log = log;
        _options = options;
        _loaded = loaded;
        _folder = folder;
        Engine = engine;
        BlockSize = blockSize;
        _clock = clock;
        _host = host;
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
    public static async Task<StudySession> StartAsync(StudyOptions options, LoadedScenario loaded, string kind, IRunHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loaded);
        ChartFonts.EnsureInstalled();
        ArgumentNullException.ThrowIfNull(host);
        var blockSize = options.BlockSize > 0 ? options.BlockSize : BlockSizing.For(options.TrialsPerPoint, Environment.ProcessorCount);
        var outDir = options.Out ?? Path.Combine("out", $"{loaded.Scenario.Name}-{kind}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var folder = ResultFolder.Create(outDir, options.Force);
        var log = HostLog.Shared.WriteTo(Path.Combine(folder.TempPath, ResultFileNames.HostLog));
        try
        {
            var clock = Stopwatch.StartNew();
            var engine = await options.Engine.OpenAsync(cancellationToken);
            return new StudySession(options, loaded, folder, log, engine, blockSize, clock, host);
        }
        catch
        {
            log.Dispose();
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A runner of points of this scenario with <see cref="StudyOptions.TrialsPerPoint"/> trials and the study's seed.</summary>
    public StudyRunner Runner(IReadOnlyList<StudiedInput> inputs) =>
        new(Engine, Scenario, inputs, new TrialPlan(_options.TrialsPerPoint, BlockSize), _options.Seed);

    /// <summary>Runs <paramref name="work"/> under the host's progress display of <paramref name="points"/> × trials per point.</summary>
    public Task WithProgressAsync(string label, long points, Func<IRunProgress, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var total = points * _options.TrialsPerPoint;
        return _host.WithProgressAsync(async progress =>
        {
            progress.Start(label, (int)Math.Min(total, int.MaxValue));
            await work(progress);
            progress.Finish();
        });
    }

    /// <summary>Writes manifest.json and renames the folder into place; returns <paramref name="result"/> with where it is.</summary>
    /// <param name="result">The study's result, already written into <see cref="FolderPath"/>.</param>
    /// <param name="commandLine">How the study was asked for, for the manifest.</param>
    /// <param name="work">What was run, e.g. "40 points × 200 trials".</param>
    /// <param name="cancellationToken">Stops writing.</param>
    public async Task<StudyOutcome<TResult>> CompleteAsync<TResult>(TResult result, string commandLine, string work, CancellationToken cancellationToken)
    {
        var manifest = new RunManifest(JcmSimVersion.Current, DateTimeOffset.UtcNow, commandLine, Engine.Mode, Engine.SiloCount, _options.Seed, _options.TrialsPerPoint, BlockSize,
            _clock.Elapsed.TotalSeconds, [new ScenarioProvenance(Scenario.Name, _loaded.SourceFiles.Select(ScenarioFileHash.Of).ToList(), ScenarioJson.Serialize(Scenario))]);
        await ManifestJson.WriteAsync(Path.Combine(_folder.TempPath, ResultFileNames.ManifestJson), manifest, cancellationToken);
        _log.Dispose();
        _folder.Commit();
        return new StudyOutcome<TResult>(result, _folder.FinalPath, work, _clock.Elapsed.TotalSeconds, Engine.Mode);
    }

    /// <summary>Stops the engine and removes the temporary folder unless it was completed.</summary>
    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        _log.Dispose();
        _folder.Dispose();
    }
}
