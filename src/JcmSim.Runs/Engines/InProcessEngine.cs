using System.Runtime.CompilerServices;
using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Engines;

/// <summary>Runs the model's actors as plain objects in this process (<c>--in-process</c>).</summary>
public sealed class InProcessEngine(int maxParallelBlocks) : ISimulationEngine
{
    /// <inheritdoc />
    public RunMode Mode => RunMode.InProcess;

    /// <inheritdoc />
    public int SiloCount => 0;

    /// <inheritdoc />
    public IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, int firstBlock, CancellationToken cancellationToken) =>
        firstBlock == 0 ? InProcessSimulator.RunAsync(compiled, seed, plan, maxParallelBlocks, cancellationToken) : ResumeAsync(compiled, seed, plan, firstBlock, cancellationToken);

    private async IAsyncEnumerable<TrialBlockResult> ResumeAsync(CompiledScenario compiled, ulong seed, TrialPlan plan, int firstBlock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // As InProcessSimulator.RunAsync, from a later block: a window of blocks on the thread pool, yielded in order.
        var window = maxParallelBlocks > 0 ? maxParallelBlocks : Environment.ProcessorCount;
        var pending = new Queue<Task<TrialBlockResult>>();
        var next = firstBlock;
        while (next < plan.Blocks || pending.Count > 0)
        {
            while (next < plan.Blocks && pending.Count < window)
            {
                var block = next++;
                pending.Enqueue(Task.Run(() => InProcessSimulator.RunBlockAsync(compiled, seed, plan.FirstTrial(block), plan.Count(block), cancellationToken).AsTask(), cancellationToken));
            }

            yield return await pending.Dequeue();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
