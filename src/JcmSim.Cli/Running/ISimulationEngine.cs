using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Cli.Running;

/// <summary>Where the trials run: in this process without Orleans, or on an Orleans silo.</summary>
public interface ISimulationEngine : IAsyncDisposable
{
    /// <summary>How results are labelled in the manifest.</summary>
    RunMode Mode { get; }

    /// <summary>Silos taking part (0 for in-process).</summary>
    int SiloCount { get; }

    /// <summary>Runs <paramref name="plan"/> of <paramref name="scenario"/> and yields block results in trial order.</summary>
    IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, CancellationToken cancellationToken);
}
