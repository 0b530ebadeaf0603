using System.Text.Json;
using JcmSim.Analysis.Results;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Checkpoints;

/// <summary>
/// The checkpoints an interrupted run of an output folder left behind (its
/// <see cref="RunCheckpoint.PathFor">checkpoint folder</see>), as found by <c>--resume DIR</c>.
/// </summary>
public sealed class InterruptedRun
{
    private InterruptedRun(string path, CheckpointManifest manifest, int checkpointedBlocks)
    {
        CheckpointPath = path;
        Manifest = manifest;
        CheckpointedBlocks = checkpointedBlocks;
    }

    /// <summary>The checkpoint folder.</summary>
    public string CheckpointPath { get; }

    /// <summary>Its <c>checkpoint.json</c>.</summary>
    public CheckpointManifest Manifest { get; }

    /// <summary>Trials per block of the checkpoints (the resumed run uses the same).</summary>
    public int BlockSize => Manifest.Run.BlockSize;

    /// <summary>Blocks checkpointed in order from the run's first block (read and checked only when restored).</summary>
    public int CheckpointedBlocks { get; }

    /// <summary>
    /// Finds the interrupted run of <see cref="RunOptions.Resume"/> and checks it is the run
    /// <paramref name="options"/> and <paramref name="scenarios"/> ask for.
    /// </summary>
    /// <exception cref="BadInputException">
    /// No checkpoints are found, the folder is already a complete result, <c>--out</c> names
    /// another folder, or the checkpoints belong to another run (each difference named).
    /// </exception>
    public static InterruptedRun Find(RunOptions options, IReadOnlyList<LoadedScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenarios);
        var resume = options.Resume ?? throw new ArgumentException("The options ask for no resume.", nameof(options));
        var output = FullPath(resume, "--resume");
        if (options.Out is { } outDir && !string.Equals(FullPath(outDir, "--out"), output, StringComparison.Ordinal))
        {
            throw new BadInputException($"--out '{outDir}' and --resume '{resume}' name different folders; --resume alone names the output folder.");
        }

        if (File.Exists(Path.Combine(output, ResultFileNames.ManifestJson)))
        {
            throw new BadInputException($"--resume '{resume}': the folder holds a complete result; there is nothing to resume.");
        }

        var path = RunCheckpoint.PathFor(output);
        var manifest = ReadManifest(Path.Combine(path, RunCheckpoint.ManifestFileName))
            ?? throw new BadInputException(
                $"--resume '{resume}': no interrupted run of this folder was found (no readable '{Path.Combine(path, RunCheckpoint.ManifestFileName)}'). Run without --resume to start it.");

        var requested = RunIdentity.Of(scenarios, options.Seed, options.Trials, options.BlockSize);
        var differences = manifest.Run.Differences(requested, compareBlockSize: options.BlockSize != 0);
        if (differences.Count > 0)
        {
            throw new BadInputException(differences
                .Select(d => $"--resume '{resume}': {d}.")
                .Append($"--resume '{resume}': pass the scenarios and options of the interrupted run (checkpoints in {path}), or run without --resume to start afresh.")
                .ToList());
        }

        return new InterruptedRun(path, manifest, CountBlocks(path, manifest.Run));
    }

    /// <summary>Reads a <c>checkpoint.json</c>; null when it is missing, unreadable or of another format.</summary>
    internal static CheckpointManifest? ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllText(path), CheckpointJsonContext.Default.CheckpointManifest);
            return manifest is { FormatVersion: CheckpointManifest.CurrentFormatVersion, Run.BlockSize: > 0, Run.Trials: > 0 } ? manifest : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int CountBlocks(string folder, RunIdentity run)
    {
        var blocks = new TrialPlan(run.Trials, run.BlockSize).Blocks;
        var count = 0;
        for (var scenario = 0; scenario < run.Scenarios.Count; scenario++)
        {
            for (var block = 0; block < blocks; block++, count++)
            {
                if (!File.Exists(Path.Combine(folder, BlockCheckpointFile.Name(scenario, block))))
                {
                    return count;
                }
            }
        }

        return count;
    }

    private static string FullPath(string folder, string option)
    {
        try
        {
            var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            if (folder.Trim().Length > 0 && Path.GetFileName(path).Length > 0)
            {
                return path;
            }
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Reported below.
        }

        throw new BadInputException($"{option} '{folder}' is not a usable folder path; name the output folder of the run, e.g. {option} results/baseline.");
    }
}
