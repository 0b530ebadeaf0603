using System.Globalization;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs;

/// <summary>
/// Refuses, before anything is written, a run whose checkpoints and result files could not fit on the
/// disk of its output folder. Checkpoints keep every completed block (so a killed run resumes) until
/// the results are committed: every annual series of every trial, zlib-compressed, which is most of
/// the disk a run needs; trials.parquet and trials.csv add about 200 bytes per trial, and every trial's
/// readings at each target, kept on disk for exact quantiles until the results are written, 32 bytes a target.
/// </summary>
public static class RunDiskBudget
{
    // zlib at its fastest level halves the annual values of the baseline (measured: 9 kB of 13.6 kB per trial).
    private const double CompressionRatio = 0.7;
    private const double TrialFileBytes = 200;
    private const double ReadingBytesPerTarget = 32;
    private const double UsableShare = 0.9;

    /// <summary>Bytes of disk a run of <paramref name="trials"/> trials per scenario needs at its peak.</summary>
    /// <param name="scenarios">The compiled scenarios of the run.</param>
    /// <param name="trials">Trials per scenario.</param>
    public static double RequiredBytes(IReadOnlyList<CompiledScenario> scenarios, int trials)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return scenarios.Sum(s => trials * (TrialFileBytes + (ReadingBytesPerTarget * s.Scenario.Accounting.Targets.Count) + (CompressionRatio * 8.0 * s.Series.Series.Count * s.OutputYears)));
    }

    /// <summary>Throws <see cref="BadInputException"/> when the run needs more than 90% of the free space where <paramref name="outputFolder"/> will be.</summary>
    /// <param name="scenarios">The compiled scenarios of the run.</param>
    /// <param name="trials">Trials per scenario.</param>
    /// <param name="outputFolder">The result folder (need not exist yet).</param>
    /// <param name="freeBytes">Free space; by default what the folder's drive reports.</param>
    public static void Check(IReadOnlyList<CompiledScenario> scenarios, int trials, string outputFolder, long? freeBytes = null)
    {
        var free = freeBytes ?? FreeBytes(outputFolder);
        var required = RequiredBytes(scenarios, trials);
        if (required <= UsableShare * free)
        {
            return;
        }

        var perTrial = RequiredBytes(scenarios, 1);
        var fitting = (long)(UsableShare * free / perTrial);
        throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
            $"--trials {trials:N0} needs about {Gigabytes(required)} of disk where '{outputFolder}' goes (checkpoints of every block until the results are written, {perTrial / 1024:N1} kB per trial), " +
            $"but only {Gigabytes(free)} is free. Use at most --trials {fitting:N0}, choose another --out, or split the study into several runs with different --seed values."));
    }

    // An unusable path is reported by the result folder, with its own message.
    private static long FreeBytes(string outputFolder)
    {
        try
        {
            var directory = new DirectoryInfo(Path.GetFullPath(outputFolder));
            while (directory is not null && !directory.Exists)
            {
                directory = directory.Parent;
            }

            return directory is null ? long.MaxValue : new DriveInfo(directory.FullName).AvailableFreeSpace;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return long.MaxValue;
        }
    }

    private static string Gigabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):N1} GB");
}
