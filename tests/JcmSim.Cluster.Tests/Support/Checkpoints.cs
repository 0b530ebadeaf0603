using JcmSim.Runs.Checkpoints;

namespace JcmSim.Cluster.Tests.Support;

/// <summary>Watches the checkpoint folder of a run's output: how tests see that its first blocks have arrived.</summary>
internal static class Checkpoints
{
    public static int Count(string output)
    {
        var folder = RunCheckpoint.PathFor(output);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.block").Count() : 0;
    }

    /// <summary>Waits until the run writing <paramref name="output"/> has checkpointed <paramref name="blocks"/> blocks.</summary>
    /// <exception cref="TimeoutException">Not within <paramref name="timeout"/>, or the run ended first.</exception>
    public static async Task WaitForAsync(string output, int blocks, Func<bool> running, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count(output) < blocks)
        {
            if (!running() || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The run did not checkpoint {blocks} blocks of {output} (has {Count(output)}; running: {running()}):\n{describe()}");
            }

            // The file system has no event for this; 50 ms is far below a block's time.
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
