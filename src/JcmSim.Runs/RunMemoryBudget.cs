using System.Globalization;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs;

/// <summary>
/// Refuses, before anything is written, a run whose results could not fit in memory. The result
/// writer's memory does not grow with the trials: exact target quantiles are selected from a file of
/// every trial's readings (<see cref="RunResultWriter"/>), and annual series need a fixed amount, float32
/// values of the first <see cref="RunResultWriter.ExactAnnualQuantileTrials"/> trials, then quantile
/// sketches. Blocks in flight hold 8 bytes per trial of the block, series and year each.
/// </summary>
/// <remarks>
/// For the baseline (about 45 stored series over 28 output years) that is about 0.2 GB whatever the
/// trial count, with the default block size. The limit is <see cref="UsableShare"/> of the memory the
/// runtime may use (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>, which honours container limits):
/// what a machine with little memory refuses is a large <c>--block-size</c> or <c>--parallel-blocks</c>.
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
        return scenarios.Max(s => AnnualBytes(s, trials)) + InFlightBytes(scenarios, trials, blockSize, parallelBlocks);
    }

    /// <summary>
    /// Throws <see cref="BadInputException"/> when <see cref="RequiredBytes"/> exceeds
    /// <see cref="UsableShare"/> of <paramref name="availableBytes"/>, naming the need, the limit and
    /// what takes it.
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

        var inFlight = InFlightBytes(scenarios, trials, blockSize, parallelBlocks);
        throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
            $"--trials {trials:N0} with blocks of {Math.Min(trials, blockSize):N0} trials, {parallelBlocks} at once, needs about {Gigabytes(required)} of memory " +
            $"({Gigabytes(inFlight)} for the blocks in flight, the rest for the annual series' quantiles), " +
            $"but this machine lets a run use {Gigabytes(limit)} ({UsableShare * 100:0}% of {Gigabytes(available)}). " +
            $"Use a smaller --block-size or --parallel."));
    }

    private static double InFlightBytes(IReadOnlyList<CompiledScenario> scenarios, int trials, int blockSize, int parallelBlocks) =>
        scenarios.Max(s => (double)s.Series.Series.Count * s.OutputYears * 8) * Math.Min(trials, blockSize) * parallelBlocks;

    // Exact float32 values of the first trials, then one sketch per series and year (at most 2 × 32 kB).
    private static double AnnualBytes(CompiledScenario scenario, int trials)
    {
        var stored = (double)scenario.Series.Series.Count(s => !s.MeanOnly) * scenario.OutputYears;
        return (stored * 4 * Math.Min(trials, RunResultWriter.ExactAnnualQuantileTrials))
            + (trials > RunResultWriter.ExactAnnualQuantileTrials ? stored * 2 * 4 * QuantileSketch.MaxBuckets : 0);
    }

    private static string Gigabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):N1} GB");
}
