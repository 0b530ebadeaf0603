using JcmSim.Analysis.Results;
using JcmSim.Grains.Hosting;
using JcmSim.Grains.Running;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Notebooks.Engines;

/// <summary>
/// Runs through the run grain (<see cref="GrainRunner"/>) of an embedded silo or a cluster client,
/// whichever <paramref name="grains"/> belongs to; <paramref name="owner"/> is stopped on dispose.
/// </summary>
internal sealed class OrleansSession(RunMode mode, IGrainFactory grains, IAsyncDisposable owner, Func<Task<int>> countSilos) : EngineSession
{
    private int _siloCount = 1;

    public override RunMode Mode => mode;

    public override int SiloCount => _siloCount;

    public static async Task<OrleansSession> StartEmbeddedAsync(CancellationToken cancellationToken)
    {
        var silo = await EmbeddedSilo.StartAsync(cancellationToken).ConfigureAwait(false);
        return new OrleansSession(RunMode.Embedded, silo.Grains, silo, () => Task.FromResult(silo.SiloCount));
    }

    public static async Task<OrleansSession> ConnectAsync(ClusterAddress cluster, CancellationToken cancellationToken)
    {
        var client = await ClusterClient.ConnectAsync(cluster, cancellationToken).ConfigureAwait(false);
        return new OrleansSession(RunMode.Cluster, client.Grains, client, client.CountActiveSilosAsync);
    }

    public override async IAsyncEnumerable<TrialBlockResult> RunAsync(
        Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _siloCount = Math.Max(_siloCount, await countSilos().ConfigureAwait(false));
        await foreach (var block in GrainRunner.RunAsync(grains, scenario, seed, plan, 0, cancellationToken).ConfigureAwait(false))
        {
            yield return block;
        }
    }

    public override ValueTask DisposeAsync() => owner.DisposeAsync();
}
