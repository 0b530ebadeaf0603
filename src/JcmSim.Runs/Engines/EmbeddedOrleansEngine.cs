using JcmSim.Analysis.Results;
using JcmSim.Grains.Hosting;
using JcmSim.Grains.Running;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Engines;

/// <summary>The default engine: an Orleans silo started inside this process (localhost clustering), needing nothing else.</summary>
public sealed class EmbeddedOrleansEngine : ISimulationEngine
{
    private readonly EmbeddedSilo _silo;
    private readonly int _maxParallelBlocks;
    private CancellationToken _lastRun;

    private EmbeddedOrleansEngine(EmbeddedSilo silo, int maxParallelBlocks)
    {
        _silo = silo;
        _maxParallelBlocks = maxParallelBlocks;
    }

    /// <inheritdoc />
    public RunMode Mode => RunMode.Embedded;

    /// <inheritdoc />
    public int SiloCount => _silo.SiloCount;

    /// <summary>Starts the embedded silo.</summary>
    public static async Task<EmbeddedOrleansEngine> StartAsync(int maxParallelBlocks, CancellationToken cancellationToken) =>
        new(await EmbeddedSilo.StartAsync(cancellationToken), maxParallelBlocks);

    /// <inheritdoc />
    public IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, int firstBlock, CancellationToken cancellationToken)
    {
        _lastRun = cancellationToken;
        return GrainRunner.RunAsync(_silo.Grains, scenario, seed, plan, _maxParallelBlocks, firstBlock, cancellationToken);
    }

    /// <summary>Stops the silo; at once when the last run was cancelled (Ctrl-C, SIGTERM), so the process ends promptly.</summary>
    public ValueTask DisposeAsync() => _silo.StopAsync(graceful: !_lastRun.IsCancellationRequested);
}
