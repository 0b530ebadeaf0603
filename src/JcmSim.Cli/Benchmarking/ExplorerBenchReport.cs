namespace JcmSim.Cli.Benchmarking;

/// <summary>
/// The explorer's part of bench.json: lever changes sent through the page's HTTP path
/// (<c>POST /api/estimate</c>, JSON lines) to a server on the embedded silo, timed from sending the
/// change to the first update of at least <paramref name="FirstUpdateTrials"/> trials and to
/// <paramref name="Trials"/> trials, against the same settings' trials run in-process.
/// </summary>
/// <param name="LeverChanges">Lever changes measured (each a different value).</param>
/// <param name="Lever">The input moved, e.g. <c>pipeline.multiplier</c>.</param>
/// <param name="FirstUpdateTrials">Trials the first update must have (256).</param>
/// <param name="Trials">Trials the estimates run to (4,096; 512 with --quick).</param>
/// <param name="FirstUpdateSeconds">Each change's time to its first update, seconds.</param>
/// <param name="FullSeconds">Each change's time to <paramref name="Trials"/> trials, seconds.</param>
/// <param name="InProcessSeconds">Each change's settings run for <paramref name="Trials"/> trials in-process (the engine alone, block size 128), seconds.</param>
/// <param name="FirstUpdateMedianSeconds">Median of <paramref name="FirstUpdateSeconds"/> (goal ≤ 0.5 s on 2 cores).</param>
/// <param name="FullMedianSeconds">Median of <paramref name="FullSeconds"/>.</param>
/// <param name="InProcessMedianSeconds">Median of <paramref name="InProcessSeconds"/>.</param>
/// <param name="FullToInProcessRatio"><paramref name="FullMedianSeconds"/> ÷ <paramref name="InProcessMedianSeconds"/> (goal ≤ 1.3).</param>
/// <param name="FirstUpdateCpuMedianSeconds">Median processor time of the process (all threads) from a change to its first update: what it costs whatever else the machine runs.</param>
/// <param name="FullCpuMedianSeconds">The same to <paramref name="Trials"/> trials.</param>
/// <param name="InProcessCpuMedianSeconds">The same for the in-process runs.</param>
/// <param name="FullToInProcessCpuRatio"><paramref name="FullCpuMedianSeconds"/> ÷ <paramref name="InProcessCpuMedianSeconds"/>: the explorer path's cost in processor time.</param>
public sealed record ExplorerBenchReport(
    int LeverChanges,
    string Lever,
    int FirstUpdateTrials,
    int Trials,
    IReadOnlyList<double> FirstUpdateSeconds,
    IReadOnlyList<double> FullSeconds,
    IReadOnlyList<double> InProcessSeconds,
    double FirstUpdateMedianSeconds,
    double FullMedianSeconds,
    double InProcessMedianSeconds,
    double FullToInProcessRatio,
    double FirstUpdateCpuMedianSeconds,
    double FullCpuMedianSeconds,
    double InProcessCpuMedianSeconds,
    double FullToInProcessCpuRatio)
{
    /// <summary>The goal for the first update, seconds.</summary>
    public const double FirstUpdateGoalSeconds = 0.5;

    /// <summary>The goal for the time to <see cref="Trials"/> over the in-process time.</summary>
    public const double FullToInProcessGoal = 1.3;
}
