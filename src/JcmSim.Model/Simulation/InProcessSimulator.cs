using System.Runtime.CompilerServices;
using JcmSim.Model.Outcomes;

namespace JcmSim.Model.Simulation;

/// <summary>
/// Runs a scenario without Orleans: blocks in parallel on the thread pool, results yielded in
/// trial order. The reference the grain path is tested and benchmarked against.
/// </summary>
public static class InProcessSimulator
{
    /// <summary>Simulates <paramref name="plan"/> and yields each block's result in trial order.</summary>
    public static async IAsyncEnumerable<TrialBlockResult> RunAsync(
        CompiledScenario scenario,
        ulong seed,
        TrialPlan plan,
        int maxParallelBlocks = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var window = maxParallelBlocks > 0 ? maxParallelBlocks : Environment.ProcessorCount;
        var pending = new Queue<Task<TrialBlockResult>>();
        var next = 0;
        while (next < plan.Blocks || pending.Count > 0)
        {
            while (next < plan.Blocks && pending.Count < window)
            {
                var block = next++;
                pending.Enqueue(Task.Run(() => RunBlockAsync(scenario, seed, plan.FirstTrial(block), plan.Count(block), cancellationToken).AsTask(), cancellationToken));
            }

            yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>Simulates one block in this process; <paramref name="cancellationToken"/> is observed between years.</summary>
    public static ValueTask<TrialBlockResult> RunBlockAsync(CompiledScenario scenario, ulong seed, int firstTrial, int count, CancellationToken cancellationToken = default) =>
        TrialBlockSimulation.RunAsync(scenario, seed, firstTrial, count, new InProcessBlockActors(scenario, seed, firstTrial, count), cancellationToken);
}
