namespace JcmSim.Cli.Benchmarking;

/// <summary>bench.json: the machine, the runs and the ratios <c>jcmsim bench</c> measured, against the performance goals.</summary>
/// <param name="Version">jcmsim version.</param>
/// <param name="Quick">True for <c>--quick</c> (small runs; ratios are indicative only).</param>
/// <param name="Machine">Cores, memory, OS and runtime.</param>
/// <param name="Scenario">The scenario file benchmarked.</param>
/// <param name="InProcess">In-process run of <see cref="BenchSizes.Small"/> trials.</param>
/// <param name="Embedded">Embedded-Orleans run of the same trials.</param>
/// <param name="EmbeddedLarge">Embedded-Orleans run of <see cref="BenchSizes.Large"/> trials.</param>
/// <param name="Sizes">The two trial counts.</param>
/// <param name="EmbeddedToInProcessRatio">Embedded ÷ in-process trials per second (goal: <see cref="BenchGoals.EmbeddedToInProcessRatio"/> at 100,000 trials).</param>
/// <param name="LargeToSmallTimeRatio">Wall time of the large run ÷ the small run (goal: <see cref="BenchGoals.LargeToSmallTimeRatio"/> for 1,000,000 ÷ 100,000).</param>
/// <param name="LargeToSmallSimulateTimeRatio">The same for the simulation phase only.</param>
/// <param name="LargeToSmallPeakMemoryRatio">Peak working set of the large run ÷ the small run (goal: <see cref="BenchGoals.LargeToSmallPeakMemoryRatio"/>).</param>
/// <param name="GrainCallsPerBlockYear">Grain calls per block and simulated year in the embedded run.</param>
/// <param name="EmbeddedToInProcessCpuRatio">In-process ÷ embedded processor time per trial: the same comparison in CPU time, which other work on the machine disturbs less than wall time.</param>
/// <param name="ShortRunSeconds">Wall time of a whole <c>jcmsim run --trials 100</c> process (start-up, silo, 100 trials, result files, charts, report, workbook), the median of <see cref="BenchSizes.ShortRuns"/> processes: the fixed cost a planner waits for (goal: <see cref="BenchGoals.ShortRunSeconds"/> s on 2 cores).</param>
/// <param name="ShortRunSamples">The wall time of each of those processes, in the order they ran.</param>
/// <param name="MediumRunSeconds">Wall time of a whole <c>jcmsim run</c> process of <see cref="BenchSizes.Medium"/> trials.</param>
/// <param name="Explorer">The explorer's lever changes through its HTTP path against the in-process time (<see cref="ExplorerBench"/>).</param>
public sealed record BenchReport(
    string Version,
    bool Quick,
    BenchMachine Machine,
    string Scenario,
    BenchSizes Sizes,
    RunStats InProcess,
    RunStats Embedded,
    RunStats EmbeddedLarge,
    double EmbeddedToInProcessRatio,
    double LargeToSmallTimeRatio,
    double LargeToSmallSimulateTimeRatio,
    double LargeToSmallPeakMemoryRatio,
    double GrainCallsPerBlockYear,
    double EmbeddedToInProcessCpuRatio,
    double ShortRunSeconds,
    IReadOnlyList<double> ShortRunSamples,
    double MediumRunSeconds,
    ExplorerBenchReport Explorer)
{
    /// <summary>What the trials beyond the short run's cost: time(<see cref="BenchSizes.Medium"/>) − time(<see cref="BenchSizes.Short"/>).</summary>
    public double MarginalSeconds => MediumRunSeconds - ShortRunSeconds;
}

/// <summary>The trial counts of a benchmark.</summary>
/// <param name="Small">Trials of the in-process and embedded runs (100,000; 2,000 with --quick).</param>
/// <param name="Large">Trials of the scaling run (1,000,000; 20,000 with --quick).</param>
/// <param name="Short">Trials of the run that measures the fixed cost (100).</param>
/// <param name="Medium">Trials of the run whose time beyond the short one is the trials' own (10,000; 1,000 with --quick).</param>
/// <param name="ExplorerChanges">Lever changes sent to the explorer (7; 3 with --quick).</param>
/// <param name="ExplorerTrials">Trials each of the explorer's estimates runs to (4,096; 512 with --quick).</param>
/// <param name="ShortRuns">How many processes of <paramref name="Short"/> trials the fixed cost is the median of (5; 3 with --quick):
/// one process's wall time on a shared machine moves by a tenth of a second from run to run.</param>
public sealed record BenchSizes(int Small, int Large, int Short, int Medium, int ExplorerChanges, int ExplorerTrials, int ShortRuns);

/// <summary>The machine a benchmark ran on.</summary>
/// <param name="Cores">Logical processors.</param>
/// <param name="MemoryBytes">Memory the runtime may use.</param>
/// <param name="Os">Operating system description.</param>
/// <param name="Runtime">.NET runtime description.</param>
public sealed record BenchMachine(int Cores, long MemoryBytes, string Os, string Runtime);
