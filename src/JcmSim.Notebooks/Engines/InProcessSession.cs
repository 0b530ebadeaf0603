using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Notebooks.Engines;

/// <summary>The model's actors as plain objects in this process (<see cref="InProcessSimulator"/>).</summary>
internal sealed class InProcessSession : EngineSession
{
    public override RunMode Mode => RunMode.InProcess;

    public override int SiloCount => 0;

    public override IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, CancellationToken cancellationToken) =>
        InProcessSimulator.RunAsync(compiled, seed, plan, 0, cancellationToken);

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
