using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Checkpoints;

/// <summary>
/// The checkpoints of a run: every completed block, as it arrives, in a hidden folder next to the
/// output folder (<c>.NAME.jcmsim-checkpoint</c>, see <see cref="PathFor"/>), so a client killed at
/// any moment, or stopped by an error or Ctrl-C, leaves its finished blocks behind for
/// <c>--resume</c>. Removed once the result folder is in place.
/// </summary>
/// <remarks>
/// <para>
/// The checkpoints are kept beside, not inside, the run's temporary result folder: that folder is
/// deleted when a run fails, and a killed run's is removed by the next run in the same parent
/// folder (<see cref="ResultFolder"/>), while checkpoints must outlive both.
/// </para>
/// <para>
/// A resumed run feeds the restored blocks to the result writer in trial order before the engine
/// continues from the next block; blocks are deterministic, so the result files are byte for byte
/// those of an uninterrupted run. Blocks are written on a background task (a bounded queue of two)
/// so the simulation does not wait for the disk; a block not yet written when the process dies is
/// simply run again. The engine's result objects are only read, never changed. One run per output
/// folder at a time.
/// </para>
/// </remarks>
public sealed class RunCheckpoint : IAsyncDisposable
{
    /// <summary>Name of the identity file inside the checkpoint folder.</summary>
    public const string ManifestFileName = "checkpoint.json";

    /// <summary>What marks a checkpoint folder's name: <c>.NAME.jcmsim-checkpoint</c>.</summary>
    public const string Marker = "jcmsim-checkpoint";

    private readonly string _path;
    private readonly string _finalPath;
    private readonly IRunHost _host;
    private readonly TrialPlan _plan;
    private readonly int?[] _next;
    private readonly Channel<(int Scenario, int Block, TrialBlockResult Result)> _queue =
        Channel.CreateBounded<(int, int, TrialBlockResult)>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

    private readonly Task _writer;
    private bool _completed;
    private bool _disposed;

    private RunCheckpoint(string path, string finalPath, RunIdentity identity, int restorable, IRunHost host)
    {
        _path = path;
        _finalPath = finalPath;
        _host = host;
        _plan = new TrialPlan(identity.Trials, identity.BlockSize);
        _next = new int?[identity.Scenarios.Count];
        RestorableBlocks = restorable;
        _writer = Task.Run(WriteBlocksAsync);
    }

    /// <summary>Blocks found in order from the first when the checkpoints were opened (0 for a new run).</summary>
    public int RestorableBlocks { get; }

    /// <summary>The checkpoint folder of the output folder <paramref name="outputFolder"/>: its hidden sibling <c>.NAME.jcmsim-checkpoint</c>.</summary>
    public static string PathFor(string outputFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.Combine(Path.GetDirectoryName(output) ?? output, $".{Path.GetFileName(output)}.{Marker}");
    }

    /// <summary>
    /// Starts the checkpoints of a run committing to <paramref name="folder"/>: a new, empty set
    /// (replacing those of an earlier interrupted run, with a note), or those of <paramref name="interrupted"/>.
    /// </summary>
    /// <param name="folder">The run's result folder.</param>
    /// <param name="identity">What the run's results depend on.</param>
    /// <param name="interrupted">The run being resumed (checked against <paramref name="identity"/> by <see cref="InterruptedRun.Find"/>), or null.</param>
    /// <param name="host">Where the resume line and notes go.</param>
    public static RunCheckpoint Open(ResultFolder folder, RunIdentity identity, InterruptedRun? interrupted, IRunHost host)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(host);
        var path = PathFor(folder.FinalPath);
        var total = new TrialPlan(identity.Trials, identity.BlockSize).Blocks * identity.Scenarios.Count;
        if (interrupted is not null)
        {
            foreach (var partial in Directory.EnumerateFiles(path, "*.tmp"))
            {
                // A file whose writing was cut short by the kill.
                File.Delete(partial);
            }

            host.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Resuming {folder.FinalPath}: {interrupted.CheckpointedBlocks} of {total} blocks restored from checkpoints"));
            return new RunCheckpoint(path, folder.FinalPath, identity, interrupted.CheckpointedBlocks, host);
        }

        if (Directory.Exists(path))
        {
            var earlier = Directory.EnumerateFiles(path, "*.block").Count();
            if (earlier > 0)
            {
                host.Error.WriteLine($"jcmsim: discarding the {earlier} checkpointed block(s) of an earlier interrupted run of {folder.FinalPath} (--resume continues such a run instead).");
            }

            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        var manifest = new CheckpointManifest(CheckpointManifest.CurrentFormatVersion, folder.FinalPath, identity);
        var temporary = Path.Combine(path, ManifestFileName + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(manifest, CheckpointJsonContext.Default.CheckpointManifest));
        File.Move(temporary, Path.Combine(path, ManifestFileName));
        return new RunCheckpoint(path, folder.FinalPath, identity, 0, host);
    }

    /// <summary>
    /// The checkpointed blocks of scenario <paramref name="scenario"/> in trial order, from its first
    /// block up to the first one missing. A damaged block file is reported, deleted with every block
    /// after it, and ends the sequence: those blocks are run again. Enumerate it to the end before
    /// asking for <see cref="NextBlock"/>.
    /// </summary>
    public IEnumerable<TrialBlockResult> Restore(int scenario)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(scenario);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scenario, _next.Length);
        var block = 0;
        while (block < _plan.Blocks && TryRead(scenario, block, out var result))
        {
            yield return result;
            block++;
        }

        _next[scenario] = block;
    }

    /// <summary>The first block of scenario <paramref name="scenario"/> the engine must run.</summary>
    /// <exception cref="InvalidOperationException">The scenario's checkpoints have not been restored.</exception>
    public int NextBlock(int scenario) =>
        _next[scenario] ?? throw new InvalidOperationException($"Restore the checkpoints of scenario {scenario} before running it.");

    /// <summary>Queues <paramref name="result"/>, block of scenario <paramref name="scenario"/>, to be written.</summary>
    /// <exception cref="IOException">Writing an earlier block failed.</exception>
    public async ValueTask SaveAsync(int scenario, TrialBlockResult result, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            await _queue.Writer.WriteAsync((scenario, result.FirstTrial / _plan.BlockSize, result), cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // The writer stopped on an error: report that error.
            await _writer;
            throw;
        }
    }

    /// <summary>
    /// Deletes the checkpoints: call once the result folder is committed. Blocks still queued are
    /// dropped, and a failure to write them no longer matters.
    /// </summary>
    public async Task CompleteAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _completed = true;
        _queue.Writer.TryComplete();
        try
        {
            await _writer;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The results are complete: the checkpoints are about to go anyway.
        }

        TryDelete(_path);
    }

    /// <summary>
    /// Unless completed: waits for the queued blocks and leaves the checkpoints in place, saying how
    /// to resume (or removes the folder when it holds no block), so an error or Ctrl-C loses no
    /// finished block.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _queue.Writer.TryComplete();
        try
        {
            await _writer;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Already reported by the failed SaveAsync; the blocks written before it are kept.
        }

        if (_completed || !Directory.Exists(_path))
        {
            return;
        }

        var blocks = Directory.EnumerateFiles(_path, "*.block").Count();
        if (blocks == 0)
        {
            TryDelete(_path);
            return;
        }

        await _host.Error.WriteLineAsync($"jcmsim: {blocks} completed block(s) are kept in {_path}; run the same command with --resume {_finalPath} to continue.");
    }

    private async Task WriteBlocksAsync()
    {
        try
        {
            using var payload = new MemoryStream();
            await foreach (var (scenario, block, result) in _queue.Reader.ReadAllAsync())
            {
                BlockCheckpointFile.Write(Path.Combine(_path, BlockCheckpointFile.Name(scenario, block)), scenario, block, result, payload);
            }
        }
        catch (Exception exception)
        {
            _queue.Writer.TryComplete(exception);
            throw;
        }
    }

    private bool TryRead(int scenario, int block, out TrialBlockResult result)
    {
        result = null!;
        var name = BlockCheckpointFile.Name(scenario, block);
        var path = Path.Combine(_path, name);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            result = BlockCheckpointFile.Read(path, scenario, block);
            if (result.FirstTrial != _plan.FirstTrial(block) || result.Count != _plan.Count(block))
            {
                throw new InvalidDataException($"it holds trials {result.FirstTrial}–{result.FirstTrial + result.Count - 1}, not those of block {block}");
            }

            return true;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            _host.Error.WriteLine($"jcmsim: checkpoint {path} is damaged ({exception.Message}); it and the blocks after it are run again.");
            DiscardFrom(scenario, block);
            return false;
        }
    }

    private void DiscardFrom(int scenario, int block)
    {
        foreach (var file in Directory.EnumerateFiles(_path, "*.block").ToList())
        {
            var parts = Path.GetFileNameWithoutExtension(file).Split('-');
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                && (s > scenario || (s == scenario && b >= block)))
            {
                File.Delete(file);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden checkpoint folder is harmless; a later run of the same output replaces it.
        }
    }
}
