using System.Globalization;
using JcmSim.Cli;
using JcmSim.Runs.Checkpoints;
using JcmSim.Cluster.Tests.Support;

namespace JcmSim.Cluster.Tests;

/// <summary>
/// Checkpoints and <c>--resume</c> without a cluster (the in-process engine, in this process): a run
/// stopped part-way keeps its completed blocks, and resuming it gives the uninterrupted run's files
/// byte for byte; checkpoints of another run are refused, damaged ones are run again.
/// </summary>
public sealed class ResumeTests(ResumeTests.UninterruptedRun uninterrupted) : IClassFixture<ResumeTests.UninterruptedRun>, IDisposable
{
    // 25 blocks: room for the three checkpointed before the stop and many after it.
    private const int Trials = 400;
    private const int BlockSize = 16;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_interrupted_run_keeps_its_blocks_and_resumes_to_the_uninterrupted_results()
    {
        // Given an uninterrupted run and the same run stopped after its first blocks
        var expected = await uninterrupted.TrialsAsync();
        var output = _folder.Sub("interrupted");
        var stopped = await InterruptedRunAsync(output);
        Assert.Contains($"--resume {output}", stopped.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        var checkpointed = Checkpoints.Count(output);

        // When it is resumed
        var resumed = await CliRun.RunAsync(Arguments("--resume", output));

        // Then it restores the checkpointed blocks and writes the uninterrupted run's trials, byte for byte
        Assert.True(resumed.ExitCode == ExitCodes.Ok, resumed.Error);
        Assert.Contains($"{checkpointed} of {Trials / BlockSize} blocks restored from checkpoints", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllBytesAsync(Path.Combine(output, "trials.parquet")));
        Assert.False(Directory.Exists(RunCheckpoint.PathFor(output)), "the checkpoints were not removed");
    }

    [Fact]
    public async Task Resuming_with_other_options_is_refused_naming_each_difference_and_keeps_the_checkpoints()
    {
        var output = _folder.Sub("other-options");
        await InterruptedRunAsync(output);
        var checkpointed = Checkpoints.Count(output);

        var refused = await CliRun.RunAsync(
            "run", Repository.Baseline, "--trials", "500", "--seed", "4", "--block-size", "32", "--in-process", "--resume", output);

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("--seed: the checkpoints were written with seed 3, this run has 4", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--trials: the checkpoints are of 400 trials, this run has 500", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--block-size: the checkpoints are blocks of 16 trials, this run asks for 32", refused.Error, StringComparison.Ordinal);
        Assert.Equal(checkpointed, Checkpoints.Count(output));
    }

    [Fact]
    public async Task A_damaged_checkpoint_and_the_blocks_after_it_are_run_again()
    {
        var expected = await uninterrupted.TrialsAsync();
        var output = _folder.Sub("damaged");
        await InterruptedRunAsync(output);
        var damaged = Path.Combine(RunCheckpoint.PathFor(output), "0-1.block");
        var bytes = await File.ReadAllBytesAsync(damaged);
        bytes[^10] ^= 0xFF;
        await File.WriteAllBytesAsync(damaged, bytes);

        var resumed = await CliRun.RunAsync(Arguments("--resume", output));

        Assert.True(resumed.ExitCode == ExitCodes.Ok, resumed.Error);
        Assert.Contains("0-1.block is damaged", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllBytesAsync(Path.Combine(output, "trials.parquet")));
    }

    [Fact]
    public async Task Resuming_a_folder_without_checkpoints_is_refused()
    {
        var output = _folder.Sub("never-run");

        var refused = await CliRun.RunAsync(Arguments("--resume", output));

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("no interrupted run of this folder was found", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// trials.parquet of the run without interruption, which every resumed run must reproduce: run
    /// once for the class, when first asked for, instead of once per test that compares with it.
    /// </summary>
    public sealed class UninterruptedRun : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly Lazy<Task<byte[]>> _trials;

        public UninterruptedRun() => _trials = new(RunAsync);

        public Task<byte[]> TrialsAsync() => _trials.Value;

        public void Dispose() => _folder.Dispose();

        private async Task<byte[]> RunAsync()
        {
            var output = _folder.Sub("uninterrupted");
            var run = await CliRun.RunAsync(Arguments("--out", output));
            Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
            return await File.ReadAllBytesAsync(Path.Combine(output, "trials.parquet"));
        }
    }

    private static string[] Arguments(params string[] more) =>
    [
        "run", Repository.Baseline,
        "--trials", Trials.ToString(CultureInfo.InvariantCulture),
        "--seed", "3",
        "--block-size", BlockSize.ToString(CultureInfo.InvariantCulture),
        "--in-process",
        "--parallel", "1",
        .. more,
    ];

    // Stops the run (as Ctrl-C does) once it has checkpointed a few blocks of its 25.
    private static async Task<CliRun> InterruptedRunAsync(string output)
    {
        using var stop = new CancellationTokenSource();
        var run = CliRun.RunAsync(stop.Token, Arguments("--out", output));
        await Checkpoints.WaitForAsync(output, 3, () => !run.IsCompleted, Timeout, () => run.IsCompleted ? run.Result.Output + run.Result.Error : "");
        await stop.CancelAsync();
        var stopped = await run.WaitAsync(Timeout);
        Assert.True(stopped.ExitCode == 130, $"the run was not interrupted ({stopped.ExitCode}):\n{stopped.Output}\n{stopped.Error}");
        Assert.InRange(Checkpoints.Count(output), 3, (Trials / BlockSize) - 1);
        return stopped;
    }
}
