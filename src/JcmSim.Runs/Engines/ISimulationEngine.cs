using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Engines;

/// <summary>Where the trials run: in this process without Orleans, or on an Orleans silo.</summary>
public interface ISimulationEngine : IAsyncDisposable
{
    /// <summary>How results are labelled in the manifest.</summary>
    RunMode Mode { get; }

    /// <summary>Silos taking part (0 for in-process).</summary>
    int SiloCount { get; }

    /// <summary>
    /// Runs the blocks <paramref name="firstBlock"/> … of <paramref name="plan"/> of <paramref name="scenario"/>
    /// and yields their results in trial order.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="compiled">Its compiled form.</param>
    /// <param name="seed">Seed of the counter-based random numbers.</param>
    /// <param name="plan">Trials and block size.</param>
    /// <param name="firstBlock">First block to run: 0, or later when the earlier ones come from checkpoints.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, int firstBlock, CancellationToken cancellationToken);
}
