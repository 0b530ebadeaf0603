using System.Runtime.CompilerServices;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Simulation;
using JcmSim.Runs;
using JcmSim.Runs.Engines;
using JcmSim.Runs.Maps;
using JcmSim.Runs.Studies;

namespace JcmSim.Notebooks;

/// <summary>
/// The notebook-friendly entry point to JcmSim: load a scenario, run it, compare scenarios, study
/// sensitivity. Every method uses the same engine code, result writers and charts as the
/// <c>jcmsim</c> command; the same scenario, trials and seed give the same numbers.
/// </summary>
/// <example>
/// <code>
/// var baseline = Jcm.LoadScenario("../scenarios/baseline.yaml");
/// var run = await Jcm.RunAsync(baseline, trials: 2000, seed: 7);
/// run.Summary          // table: P(targets) with intervals, median and 5–95% cumulative
/// run.FanChart()       // ScottPlot Plot
/// </code>
/// </example>
public static class Jcm
{
    /// <summary>Trials per scenario unless a call says otherwise.</summary>
    public const int DefaultTrials = 2000;

    /// <summary>Seed unless a call says otherwise.</summary>
    public const ulong DefaultSeed = 7;

    /// <summary>Largest trial count per scenario a call accepts (as <c>jcmsim run --trials</c>).</summary>
    public const int MaxTrials = 100_000_000;

    // Results do not depend on the block size; 128 trials per block keeps a block's state in cache
    // (the CLI's measured optimum) and a run of a few thousand trials spread over the cores.
    private const int BlockSize = 128;

    private static readonly ConditionalWeakTable<Scenario, IReadOnlyList<string>> Sources = [];
    private static JcmEngine _defaultEngine = JcmEngine.InProcess;

    /// <summary>The JcmSim version written into manifests and chart footers.</summary>
    public static string Version => JcmSimVersion.Current;

    /// <summary>The engines this process has opened, kept between calls as a kernel keeps its state between cells.</summary>
    internal static EnginePool Engines { get; } = new();

    /// <summary>
    /// The engine of calls that name none: <see cref="JcmEngine.InProcess"/> unless changed (the
    /// notebook runner sets it from <c>--in-process</c> / <c>--cluster</c>). Numbers do not depend on it.
    /// </summary>
    public static JcmEngine DefaultEngine
    {
        get => Volatile.Read(ref _defaultEngine);
        set => Volatile.Write(ref _defaultEngine, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>
    /// Loads and validates a scenario YAML file (with its <c>extends:</c> bases and CSV tables), as
    /// <c>jcmsim validate</c> does. A relative path is relative to the current directory: in a
    /// notebook, the notebook's folder.
    /// </summary>
    /// <exception cref="ScenarioValidationException">Every problem found, one per line: <c>file:line:col  field.path: problem (allowed: …)</c>.</exception>
    public static Scenario LoadScenario(string path)
    {
        var loaded = ScenarioLoader.LoadWithSources(path);
        Sources.AddOrUpdate(loaded.Scenario, loaded.SourceFiles);
        return loaded.Scenario;
    }

    /// <summary>
    /// Checks a scenario built in code (records and <c>with</c> expressions) against the rules the
    /// YAML loader applies to files: identifiers unique and references resolved, years in order,
    /// targets inside the horizon, every distribution inside its field's domain. Returns the scenario,
    /// so a cell can end with <c>Jcm.Validate(scenario)</c>.
    /// </summary>
    /// <exception cref="ScenarioCheckException">Every problem, one per line: <c>field.path: problem (allowed: …)</c>.</exception>
    public static Scenario Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = ScenarioValidator.Problems(scenario);
        return problems.Count == 0 ? scenario : throw new ScenarioCheckException(scenario.Name, [.. problems.Select(p => p.ToString())]);
    }

    /// <summary>Simulates <paramref name="scenario"/>.</summary>
    /// <param name="scenario">A scenario from <see cref="LoadScenario"/> or built in code.</param>
    /// <param name="trials">Trials, 1 … <see cref="MaxTrials"/>.</param>
    /// <param name="seed">Seed of the counter-based random numbers.</param>
    /// <param name="engine">Where to run; null for <see cref="DefaultEngine"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is out of range.</exception>
    /// <exception cref="ScenarioCheckException">A scenario not loaded from a file breaks a rule of the format (<see cref="Validate"/>).</exception>
    public static Task<SimulationRun> RunAsync(Scenario scenario, int trials = DefaultTrials, ulong seed = DefaultSeed, JcmEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return RunScenariosAsync([scenario], trials, seed, engine, cancellationToken);
    }

    /// <summary>
    /// Simulates several scenarios with the same seed, so they share their random numbers (common
    /// random numbers): the run's <see cref="SimulationRun.Comparison"/> holds each scenario's paired
    /// difference from the first, with far less noise than two independent runs would have.
    /// </summary>
    /// <param name="scenarios">Two or more scenarios with distinct names; the first is the reference.</param>
    /// <param name="trials">Trials per scenario, 1 … <see cref="MaxTrials"/>.</param>
    /// <param name="seed">Seed shared by every scenario.</param>
    /// <param name="engine">Where to run; null for <see cref="DefaultEngine"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentException">Fewer than two scenarios, or two share a name.</exception>
    public static Task<SimulationRun> CompareAsync(IReadOnlyList<Scenario> scenarios, int trials = DefaultTrials, ulong seed = DefaultSeed, JcmEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count < 2)
        {
            throw new ArgumentException($"A comparison needs at least two scenarios, got {scenarios.Count}; use RunAsync for one.", nameof(scenarios));
        }

        return RunScenariosAsync(scenarios, trials, seed, engine, cancellationToken);
    }

    /// <summary>
    /// The uncertain inputs of <paramref name="scenario"/> a sensitivity study can vary, with their
    /// stable paths (e.g. <c>channels.moej.budgetMultiplier</c>), labels and distributions.
    /// </summary>
    public static IReadOnlyList<ScenarioParameter> UncertainInputs(Scenario scenario) => ScenarioParameters.Uncertain(scenario);

    /// <summary>
    /// A one-at-a-time sensitivity study, as <c>jcmsim tornado</c>: the base run, then each
    /// uncertain input held at its P10 and at its P90 with everything else unchanged, every run
    /// with the same seed, so each difference is the input's effect, not noise.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="only">Vary only inputs whose path is or starts with one of these (e.g. "channels", "pipeline.multiplier"); null or empty for all.</param>
    /// <param name="trials">Trials per run.</param>
    /// <param name="seed">Seed shared by every run.</param>
    /// <param name="engine">Where to run; null for <see cref="DefaultEngine"/>.</param>
    /// <param name="cancellationToken">Stops the study.</param>
    /// <exception cref="ArgumentException">The scenario has no uncertain input, or none matches <paramref name="only"/>.</exception>
    public static async Task<OneAtATimeStudy> TornadoAsync(
        Scenario scenario, IReadOnlyList<string>? only = null, int trials = 500, ulong seed = DefaultSeed, JcmEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stop = Observe(cancellationToken);
        cancellationToken = stop.Token;
        CheckTrials(trials);
        IReadOnlyList<ScenarioParameter> chosen;
        try
        {
            chosen = TornadoStudy.Inputs(scenario, only ?? [], $"'{scenario.Name}'");
        }
        catch (BadInputException bad)
        {
            // The same selection and message as 'jcmsim tornado --only'; a notebook caller gets an argument error.
            throw new ArgumentException(bad.Message, nameof(only), bad);
        }

        var running = await Engines.GetAsync((engine ?? DefaultEngine).Choice, cancellationToken).ConfigureAwait(false);
        var plan = new TrialPlan(trials, Math.Min(trials, BlockSize));
        var result = await TornadoRuns.RunAsync(scenario, chosen, trials, seed, Version,
            variant => running.RunAsync(variant, new CompiledScenario(variant), seed, plan, 0, cancellationToken)).ConfigureAwait(false);
        return new OneAtATimeStudy(result);
    }

    /// <summary>
    /// Morris elementary effects (screening) of the inputs the scenario's <c>uncertainties:</c> block
    /// names, over their study ranges, on the mean cumulative reductions at a target year. Each of
    /// <paramref name="trajectories"/> trajectories moves one input at a time across a grid of
    /// <paramref name="levels"/> levels; each point holds the studied inputs at the quantiles of their
    /// ranges (every other input stays random) and runs <paramref name="trialsPerPoint"/> trials with
    /// the same seed. The indices assume independent inputs: the scenario's <c>correlations:</c> are not applied.
    /// </summary>
    /// <param name="scenario">A scenario with an <c>uncertainties:</c> block.</param>
    /// <param name="only">Study only the inputs whose path is or starts with one of these; null or empty for all.</param>
    /// <param name="trajectories">Trajectories r ≥ 2; the study runs r × (inputs + 1) points.</param>
    /// <param name="trialsPerPoint">Trials per point.</param>
    /// <param name="fiscalYear">Target year of the output; null for the last target.</param>
    /// <param name="levels">Grid levels p, even (4 is usual).</param>
    /// <param name="seed">Seed of the design, of every point's trials and of the bootstrap.</param>
    /// <param name="engine">Where to run; null for <see cref="DefaultEngine"/>.</param>
    /// <param name="cancellationToken">Stops the study.</param>
    /// <exception cref="ArgumentException">The scenario declares no studied input, none matches <paramref name="only"/>, or <paramref name="fiscalYear"/> is not a target year.</exception>
    public static async Task<MorrisStudy> MorrisAsync(
        Scenario scenario, IReadOnlyList<string>? only = null, int trajectories = 6, int trialsPerPoint = 100, int? fiscalYear = null, int levels = 4, ulong seed = DefaultSeed, JcmEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stop = Observe(cancellationToken);
        cancellationToken = stop.Token;
        CheckTrials(trialsPerPoint);
        var inputs = GlobalSensitivity.Inputs(scenario, only);
        var target = GlobalSensitivity.Target(scenario, fiscalYear);
        var design = Morris.Trajectories(trajectories, inputs.Count, levels, seed);
        var (values, outputs) = await GlobalSensitivity.EvaluateAsync(scenario, inputs, design.Points, target, trialsPerPoint, seed, engine ?? DefaultEngine, cancellationToken).ConfigureAwait(false);
        var study = SensitivityStudy.Describe(scenario, MorrisResult.MethodName, trajectories, trialsPerPoint, seed, scenario.Accounting.Targets[target].FiscalYear, "cumulative", inputs, outputs);
        return new MorrisStudy(scenario, inputs, values, outputs, SensitivityStudy.Morris(study, design, outputs));
    }

    /// <summary>
    /// Sobol' variance-based indices (first order and total, Saltelli sampling, bootstrap intervals)
    /// of the inputs the scenario's <c>uncertainties:</c> block names, over their study ranges, on
    /// the mean cumulative reductions at a target year; points as in <see cref="MorrisAsync"/>.
    /// </summary>
    /// <param name="scenario">A scenario with an <c>uncertainties:</c> block.</param>
    /// <param name="only">Study only the inputs whose path is or starts with one of these; null or empty for all.</param>
    /// <param name="baseSamples">Base samples N ≥ 2 (a power of two); the study runs N × (inputs + 2) points.</param>
    /// <param name="trialsPerPoint">Trials per point.</param>
    /// <param name="fiscalYear">Target year of the output; null for the last target.</param>
    /// <param name="seed">Seed of the design, of every point's trials and of the bootstrap.</param>
    /// <param name="engine">Where to run; null for <see cref="DefaultEngine"/>.</param>
    /// <param name="cancellationToken">Stops the study.</param>
    /// <exception cref="ArgumentException">The scenario declares no studied input, none matches <paramref name="only"/>, <paramref name="fiscalYear"/> is not a target year, or the output does not vary.</exception>
    public static async Task<SobolStudy> SobolAsync(
        Scenario scenario, IReadOnlyList<string>? only = null, int baseSamples = 32, int trialsPerPoint = 100, int? fiscalYear = null, ulong seed = DefaultSeed, JcmEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stop = Observe(cancellationToken);
        cancellationToken = stop.Token;
        CheckTrials(trialsPerPoint);
        var inputs = GlobalSensitivity.Inputs(scenario, only);
        var target = GlobalSensitivity.Target(scenario, fiscalYear);
        var design = Sobol.Saltelli(baseSamples, inputs.Count, seed);
        var (values, outputs) = await GlobalSensitivity.EvaluateAsync(scenario, inputs, design.Points, target, trialsPerPoint, seed, engine ?? DefaultEngine, cancellationToken).ConfigureAwait(false);
        var study = SensitivityStudy.Describe(scenario, SobolResult.MethodName, baseSamples, trialsPerPoint, seed, scenario.Accounting.Targets[target].FiscalYear, "cumulative", inputs, outputs);
        return new SobolStudy(scenario, inputs, values, outputs, SensitivityStudy.Sobol(study, design, outputs));
    }

    /// <summary>
    /// The map the JCM question asks for, as <c>jcmsim map</c> draws it: P(each target met) on a grid
    /// of <paramref name="levels"/> × <paramref name="levels"/> values of two inputs — by default
    /// private capital (<c>privateCapital.multiplier</c>) × partner expansion
    /// (<c>expansion.newPartnersPerYear</c>) over their study ranges — with the 50% and 80%
    /// contours. Every point holds the two inputs at its values, keeps every other uncertain input
    /// random and runs the same trials with the same seed (common random numbers), so the map is smooth.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="x">Input on the horizontal axis: a lever or any input path.</param>
    /// <param name="y">Input on the vertical axis.</param>
    /// <param name="xRange">Range of the horizontal axis; null for the input's study range.</param>
    /// <param name="yRange">Range of the vertical axis; null for the input's study range.</param>
    /// <param name="levels">Levels per axis, 2 … <see cref="MapRequest.MaxLevels"/>.</param>
    /// <param name="trialsPerPoint">Trials per point.</param>
    /// <param name="fiscalYears">Targets to map; null or empty for every target.</param>
    /// <param name="seed">Seed shared by every point.</param>
    /// <param name="engine">Where to run; null for <see cref="DefaultEngine"/>.</param>
    /// <param name="cancellationToken">Stops the map.</param>
    /// <exception cref="ArgumentException">An input, range, level count or target the map cannot take (the message of <c>jcmsim map</c>).</exception>
    public static async Task<LeverMap> MapAsync(
        Scenario scenario, string x = MapOptions.DefaultX, string y = MapOptions.DefaultY, (double Low, double High)? xRange = null, (double Low, double High)? yRange = null,
        int levels = MapRequest.DefaultLevels, int trialsPerPoint = MapOptions.DefaultTrialsPerPoint, IReadOnlyList<int>? fiscalYears = null, ulong seed = DefaultSeed,
        JcmEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stop = Observe(cancellationToken);
        cancellationToken = stop.Token;
        CheckTrials(trialsPerPoint);
        MapPlan plan;
        try
        {
            plan = MapStudy.Plan(scenario, new MapRequest(new MapAxisRequest(x, xRange?.Low, xRange?.High), new MapAxisRequest(y, yRange?.Low, yRange?.High), levels, fiscalYears), $"'{scenario.Name}'");
        }
        catch (BadInputException bad)
        {
            throw new ArgumentException(bad.Message, nameof(scenario), bad);
        }

        var running = await Engines.GetAsync((engine ?? DefaultEngine).Choice, cancellationToken).ConfigureAwait(false);
        var runner = new StudyRunner(running, scenario, plan.Inputs, new TrialPlan(trialsPerPoint, BlockSizing.For(trialsPerPoint, Environment.ProcessorCount)), seed);
        return new LeverMap(await MapStudy.ComputeAsync(plan, runner, seed, RunHost.NoProgress, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The stop of <c>jcmsim notebook run</c> (Ctrl-C, SIGTERM) while it runs a notebook. Every call of
    /// this API observes it besides its own token: a cell rarely passes one, and a long run or study
    /// in a cell must still end promptly, as it does on the command line.
    /// </summary>
    internal static CancellationToken RunnerStop { get; set; }

    /// <summary>
    /// Stops the engines this process started (an embedded silo, a cluster connection). Later runs
    /// start them again. The notebook runner calls it after each notebook.
    /// </summary>
    public static Task ShutdownAsync() => Engines.CloseAllAsync();

    private static async Task<SimulationRun> RunScenariosAsync(IReadOnlyList<Scenario> scenarios, int trials, ulong seed, JcmEngine? engine, CancellationToken cancellationToken)
    {
        using var stop = Observe(cancellationToken);
        cancellationToken = stop.Token;
        CheckTrials(trials);
        var repeated = scenarios.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Two scenarios are both named '{repeated.Key}'; give one another name (scenario with {{ Name = \"…\" }}).", nameof(scenarios));
        }

        // A scenario the loader never saw (built in code, or changed with `with`) gets the format's
        // rules here, so a mistake is a readable message rather than a failure deep in the model.
        foreach (var scenario in scenarios.Where(s => !Sources.TryGetValue(s, out _)))
        {
            Validate(scenario);
        }

        var loaded = scenarios.Select(s => new LoadedScenario(s.Name, s, Sources.TryGetValue(s, out var files) ? files : [])).ToList();
        var running = await Engines.GetAsync((engine ?? DefaultEngine).Choice, cancellationToken).ConfigureAwait(false);
        var outcomes = scenarios.Select(s => new TrialOutcomes(s.Name, s.Accounting.Targets, trials)).ToList();
        var work = Directory.CreateTempSubdirectory("jcmsim-notebook-");
        try
        {
            // The same run session as 'jcmsim run', without charts (a notebook draws them on demand),
            // into a folder that lives only as long as this call: the files come back as bytes.
            var options = new RunOptions
            {
                Scenarios = scenarios.Select(s => s.Name).ToList(), Trials = trials, Seed = seed, Out = Path.Combine(work.FullName, "run"), BlockSize = BlockSize,
                Language = "en", Force = false, InProcess = running.Mode == RunMode.InProcess, MaxParallelBlocks = 0, WriteCharts = false,
            };
            var outcome = await RunSession.RunAsync(options, loaded, RunHost.Silent, "JcmSim.Notebooks", running, (index, block) => outcomes[index].Add(block), cancellationToken)
                .ConfigureAwait(false);
            var saved = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in new DirectoryInfo(outcome.Folder).EnumerateFiles())
            {
                saved[file.Name] = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            }

            return new SimulationRun(outcome.Results, outcomes, saved);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void CheckTrials(int trials)
    {
        if (trials is < 1 or > MaxTrials)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, $"trials must be 1–{MaxTrials:N0}.");
        }
    }

    private static CancellationTokenSource Observe(CancellationToken cancellationToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, RunnerStop);
}
