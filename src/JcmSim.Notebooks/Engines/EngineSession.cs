using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Notebooks.Engines;

/// <summary>An open engine: runs scenarios until disposed.</summary>
internal abstract class EngineSession : IAsyncDisposable
{
    /// <summary>How the manifest labels the runs.</summary>
    public abstract RunMode Mode { get; }

    /// <summary>Silos taking part (0 in process).</summary>
    public abstract int SiloCount { get; }

    /// <summary>Runs every block of <paramref name="plan"/> and yields the results in trial order.</summary>
    public abstract IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
