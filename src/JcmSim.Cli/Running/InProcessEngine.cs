using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Cli.Running;

/// <summary>Runs the model's actors as plain objects in this process (<c>--in-process</c>).</summary>
public sealed class InProcessEngine(int maxParallelBlocks) : ISimulationEngine
{
    /// <inheritdoc />
    public RunMode Mode => RunMode.InProcess;

    /// <inheritdoc />
    public int SiloCount => 0;

    /// <inheritdoc />
    public IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, CancellationToken cancellationToken) =>
        InProcessSimulator.RunAsync(compiled, seed, plan, maxParallelBlocks, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
