using System.Globalization;
using JcmSim.Model.Simulation;

namespace JcmSim.Cli.Running;

/// <summary>
/// Refuses, before anything is written, a run whose results could not fit in memory. The result
/// writer computes exact quantiles, so it keeps per trial of the current scenario: 20 bytes per
/// target (cumulative, Japan's ITMOs, first year met; the reference scenario's stay for the paired
/// comparisons) and one float32 per annual series and year (mean-only series excepted), plus a
/// double of scratch; blocks in flight hold 8 bytes per trial, series and year each.
/// </summary>
/// <remarks>
/// For the baseline (about 45 stored series over 28 output years) that is about 5 kB per trial:
/// 100,000 trials need about 0.5 GB, 100,000,000 trials (the <c>--trials</c> maximum) about 500 GB,
/// which no workstation has. The limit is <see cref="UsableShare"/> of the memory the runtime may use
/// (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>, which honours container limits).
/// </remarks>
public static class RunMemoryBudget
{
    /// <summary>Share of the available memory a run may plan to use; the rest is the runtime's and the engine's.</summary>
    public const double UsableShare = 0.75;

    /// <summary>Bytes the result writer and the blocks in flight need, at their peak.</summary>
    /// <param name="scenarios">The compiled scenarios of the run.</param>
    /// <param name="trials">Trials per scenario.</param>
    /// <param name="blockSize">Trials per block.</param>
    /// <param name="parallelBlocks">Blocks in flight at once.</param>
    public static double RequiredBytes(IReadOnlyList<CompiledScenario> scenarios, int trials, int blockSize, int parallelBlocks)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var perTrial = scenarios.Max(PerTrialBytes);
        var inFlight = scenarios.Max(s => (double)s.Series.Series.Count * s.OutputYears * 8) * Math.Min(trials, blockSize) * parallelBlocks;
        var reference = scenarios.Count > 1 ? 20.0 * scenarios[0].Scenario.Accounting.Targets.Count : 0;
        return (trials * (perTrial + reference)) + inFlight;
    }

    /// <summary>
    /// Throws <see cref="BadInputException"/> when <see cref="RequiredBytes"/> exceeds
    /// <see cref="UsableShare"/> of <paramref name="availableBytes"/>, naming the need, the limit and
    /// the largest trial count that fits.
    /// </summary>
    /// <param name="scenarios">The compiled scenarios of the run.</param>
    /// <param name="trials">Trials per scenario.</param>
    /// <param name="blockSize">Trials per block.</param>
    /// <param name="parallelBlocks">Blocks in flight at once.</param>
    /// <param name="availableBytes">Memory the process may use; by default what the runtime reports.</param>
    public static void Check(IReadOnlyList<CompiledScenario> scenarios, int trials, int blockSize, int parallelBlocks, long? availableBytes = null)
    {
        var available = availableBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var limit = UsableShare * available;
        var required = RequiredBytes(scenarios, trials, blockSize, parallelBlocks);
        if (required <= limit)
        {
            return;
        }

        var perTrial = scenarios.Max(PerTrialBytes);
        var fitting = Math.Max(0, (long)((limit - RequiredBytes(scenarios, 0, blockSize, parallelBlocks)) / perTrial));
        var widest = scenarios.MaxBy(PerTrialBytes)!;
        var stored = widest.Series.Series.Count(s => !s.MeanOnly);
        throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
            $"--trials {trials:N0} needs about {Gigabytes(required)} of memory: exact quantiles keep every trial's values of {stored} annual series × {widest.OutputYears} years " +
            $"({perTrial / 1024:N1} kB per trial), but this machine lets a run use {Gigabytes(limit)} ({UsableShare * 100:0}% of {Gigabytes(available)}). " +
            $"Use at most --trials {RoundDown(fitting):N0}, or split the study into several runs with different --seed values."));
    }

    private static double PerTrialBytes(CompiledScenario scenario) =>
        (20.0 * scenario.Scenario.Accounting.Targets.Count) + 8 + (4.0 * scenario.Series.Series.Count(s => !s.MeanOnly) * scenario.OutputYears);

    private static string Gigabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):N1} GB");

    // Two significant digits, so the advice reads as a round number.
    private static long RoundDown(long value)
    {
        if (value < 100)
        {
            return value;
        }

        var scale = (long)Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return value / scale * scale;
    }
}
