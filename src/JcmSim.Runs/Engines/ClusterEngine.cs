using System.Runtime.CompilerServices;
using JcmSim.Analysis.Results;
using JcmSim.Grains.Hosting;
using JcmSim.Grains.Running;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Engines;

/// <summary>
/// Runs on a cluster of <c>jcmsim silo</c> nodes (<c>--cluster redis=HOST:PORT</c>) as an Orleans
/// client. The run grain spreads blocks over every silo, retries blocks lost with a silo, and
/// streams results in trial order; if the run grain itself is lost the client resumes the run from
/// its next block under a new one. Same numbers as the other engines, bit for bit.
/// </summary>
public sealed class ClusterEngine : ISimulationEngine
{
    private readonly ClusterClient _client;
    private readonly int _maxParallelBlocks;
    private int _siloCount;

    private ClusterEngine(ClusterClient client, int maxParallelBlocks, int siloCount)
    {
        _client = client;
        _maxParallelBlocks = maxParallelBlocks;
        _siloCount = siloCount;
    }

    /// <inheritdoc />
    public RunMode Mode => RunMode.Cluster;

    /// <summary>
    /// Silos taking part: the most the cluster's membership counted as active when the engine
    /// connected and whenever a scenario's run started.
    /// </summary>
    public int SiloCount => Volatile.Read(ref _siloCount);

    /// <summary>Connects to the cluster.</summary>
    /// <param name="cluster">Where the cluster's membership is.</param>
    /// <param name="maxParallelBlocks">Blocks in flight at once; 0 lets the run grain use processors × active silos.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <exception cref="ClusterUnavailableException">Redis or every silo is unreachable.</exception>
    public static async Task<ClusterEngine> ConnectAsync(ClusterAddress cluster, int maxParallelBlocks, CancellationToken cancellationToken)
    {
        var client = await ClusterClient.ConnectAsync(cluster, cancellationToken);
        try
        {
            return new ClusterEngine(client, maxParallelBlocks, await client.CountActiveSilosAsync());
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TrialBlockResult> RunAsync(
        Scenario scenario,
        CompiledScenario compiled,
        ulong seed,
        TrialPlan plan,
        int firstBlock,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var active = await _client.CountActiveSilosAsync();
        InterlockedMax(ref _siloCount, active);
        await foreach (var block in GrainRunner.RunAsync(_client.Grains, scenario, seed, plan, _maxParallelBlocks, firstBlock, cancellationToken))
        {
            yield return block;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _client.DisposeAsync();

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
