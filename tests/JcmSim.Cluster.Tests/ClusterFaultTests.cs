using System.Text.Json;
using System.Text.RegularExpressions;
using JcmSim.Runs.Checkpoints;
using JcmSim.Cluster.Tests.Support;

namespace JcmSim.Cluster.Tests;

/// <summary>
/// DESIGN §5.4 with real processes: a redis-server, three <c>jcmsim silo</c> processes and
/// <c>jcmsim run --cluster</c> clients on loopback. Processes are SIGKILLed once the run's first
/// blocks are checkpointed, so every kill happens mid-run; the results must still equal, byte for
/// byte, those of the embedded run with the same seed.
/// </summary>
[Collection(LoopbackClusterCollection.Name)]
public sealed partial class ClusterFaultTests(LoopbackCluster cluster)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_silo_killed_mid_run_loses_no_trial_and_the_results_equal_the_embedded_run()
    {
        // Given a cluster of three silos and a run on it that has checkpointed its first blocks
        var expected = await cluster.EmbeddedTrialsAsync();
        await cluster.EnsureSilosAsync(3);
        var output = cluster.Folder("silo-killed");
        await using var client = cluster.StartRun("client", output);
        await Checkpoints.WaitForAsync(output, 1, () => !client.HasExited, RunTimeout, () => client.Output);

        // When the silo running the most blocks is SIGKILLed while the run is still going
        var victim = await cluster.SiloRunningBlocksAsync();
        Assert.False(client.HasExited, $"the run ended before a silo could be killed:\n{client.Output}");
        Assert.True(Checkpoints.Count(output) < LoopbackCluster.Trials / LoopbackCluster.BlockSize, "every block was done before the kill");
        victim.Process.Kill();

        // Then the run completes on the other silos with the embedded run's trials, byte for byte
        var exit = await client.WaitForExitAsync(RunTimeout);
        Assert.True(exit == 0, $"the run failed ({exit}):\n{client.Output}\n--- killed silo:\n{victim.Process.Output}");
        AssertSameBytes(expected, await File.ReadAllBytesAsync(Path.Combine(output, "trials.parquet")));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "manifest.json")));
        Assert.Equal("cluster", manifest.RootElement.GetProperty("mode").GetString());
        Assert.Equal(3, manifest.RootElement.GetProperty("siloCount").GetInt32());
        Assert.False(Directory.Exists(RunCheckpoint.PathFor(output)), "the checkpoints were not removed");
    }

    [Fact]
    public async Task A_client_killed_mid_run_resumes_from_its_checkpoints_with_identical_results()
    {
        // Given a run on the cluster SIGKILLed once it has checkpointed its first blocks
        var expected = await cluster.EmbeddedTrialsAsync();
        await cluster.EnsureSilosAsync(3);
        var output = cluster.Folder("client-killed");
        await using (var client = cluster.StartRun("client", output))
        {
            await Checkpoints.WaitForAsync(output, 2, () => !client.HasExited, RunTimeout, () => client.Output);
            Assert.False(client.HasExited, $"the run ended before it could be killed:\n{client.Output}");
            client.Kill();
            await client.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.False(Directory.Exists(output), "the killed run committed its output folder");
        var checkpointed = Checkpoints.Count(output);
        Assert.InRange(checkpointed, 2, (LoopbackCluster.Trials / LoopbackCluster.BlockSize) - 1);

        // When the same run is started again with --resume
        await using var resumed = cluster.StartRun("resumed client", output, resume: true);
        var exit = await resumed.WaitForExitAsync(RunTimeout);

        // Then it continues from the checkpoints and ends with the embedded run's trials, byte for byte
        Assert.True(exit == 0, $"the resumed run failed ({exit}):\n{resumed.Output}");
        var restored = ResumedLine().Match(resumed.StandardOutput);
        Assert.True(restored.Success, $"no 'Resuming' line:\n{resumed.Output}");
        Assert.InRange(int.Parse(restored.Groups["restored"].Value, System.Globalization.CultureInfo.InvariantCulture), 2, checkpointed);
        AssertSameBytes(expected, await File.ReadAllBytesAsync(Path.Combine(output, "trials.parquet")));
        Assert.False(Directory.Exists(RunCheckpoint.PathFor(output)), "the checkpoints were not removed");
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        var length = Math.Min(expected.Length, actual.Length);
        var first = expected.AsSpan(0, length).CommonPrefixLength(actual.AsSpan(0, length));
        Assert.True(
            expected.Length == actual.Length && first == length,
            $"trials.parquet differs from the embedded run's: {actual.Length} bytes instead of {expected.Length}, first difference at byte {first}.");
    }

    [GeneratedRegex(@"^Resuming .*: (?<restored>\d+) of \d+ blocks restored", RegexOptions.Multiline)]
    private static partial Regex ResumedLine();
}
