using System.Globalization;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs;

/// <summary>
/// Refuses, before anything is written, a run whose results could not fit in memory. Target
/// quantiles are exact, so the result writer keeps per trial of the current scenario 20 bytes per
/// target (cumulative, Japan's ITMOs, first year met; the reference scenario's stay for the paired
/// comparisons) in arrays that grow by doubling, plus a double of scratch. Annual series need a fixed
/// amount whatever the trial count: float32 values of the first
/// <see cref="RunResultWriter.ExactAnnualQuantileTrials"/> trials, then quantile sketches. Blocks in
/// flight hold 8 bytes per trial, series and year each.
/// </summary>
/// <remarks>
/// For the baseline (two targets, about 45 stored series over 28 output years) that is about 90 bytes
/// per trial plus about 0.2 GB: a million trials need about 0.3 GB; 100,000,000 trials (the
/// <c>--trials</c> maximum) about 9 GB. The limit is <see cref="UsableShare"/> of the memory the runtime
/// may use (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>, which honours container limits).
/// </remarks>
public static class RunMemoryBudget
{
    /// <summary>Share of the available memory a run may plan to use; the rest is the runtime's and the engine's.</summary>
    public const double UsableShare = 0.75;

    // A growing array holds its old and its new copy while it is resized: up to 3× the values.
    private const double GrowthFactor = 3;

    /// <summary>Bytes the result writer and the blocks in flight need, at their peak.</summary>
    /// <param name="scenarios">The compiled scenarios of the run.</param>
    /// <param name="trials">Trials per scenario.</param>
    /// <param name="blockSize">Trials per block.</param>
    /// <param name="parallelBlocks">Blocks in flight at once.</param>
    public static double RequiredBytes(IReadOnlyList<CompiledScenario> scenarios, int trials, int blockSize, int parallelBlocks)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var perTrial = scenarios.Max(PerTrialBytes);
        var annual = scenarios.Max(s => AnnualBytes(s, trials));
        var inFlight = scenarios.Max(s => (double)s.Series.Series.Count * s.OutputYears * 8) * Math.Min(trials, blockSize) * parallelBlocks;
        var reference = scenarios.Count > 1 ? 20.0 * scenarios[0].Scenario.Accounting.Targets.Count : 0;
        return (trials * (perTrial + reference)) + annual + inFlight;
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
        var targets = scenarios.Max(s => s.Scenario.Accounting.Targets.Count);
        throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
            $"--trials {trials:N0} needs about {Gigabytes(required)} of memory: exact target quantiles keep every trial's values of {targets} target(s) " +
            $"({perTrial:N0} bytes per trial), but this machine lets a run use {Gigabytes(limit)} ({UsableShare * 100:0}% of {Gigabytes(available)}). " +
            $"Use at most --trials {RoundDown(fitting):N0}, or split the study into several runs with different --seed values."));
    }

    private static double PerTrialBytes(CompiledScenario scenario) =>
        (GrowthFactor * 20.0 * scenario.Scenario.Accounting.Targets.Count) + 8;

    // Exact float32 values of the first trials, then one sketch per series and year (at most 2 × 32 kB).
    private static double AnnualBytes(CompiledScenario scenario, int trials)
    {
        var stored = (double)scenario.Series.Series.Count(s => !s.MeanOnly) * scenario.OutputYears;
        return (stored * 4 * Math.Min(trials, RunResultWriter.ExactAnnualQuantileTrials))
            + (trials > RunResultWriter.ExactAnnualQuantileTrials ? stored * 2 * 4 * QuantileSketch.MaxBuckets : 0);
    }

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
