using System.Runtime.CompilerServices;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Running;

/// <summary>
/// The client's entry point for running a scenario on Orleans (embedded silo or cluster alike).
/// </summary>
public static class GrainRunner
{
    /// <summary>
    /// How often in a row (without a block delivered in between) a run is resumed under a new run
    /// grain after that grain was lost (its silo died, the stream was aborted) before the error is
    /// passed on.
    /// </summary>
    public const int MaxRunResumes = 3;

    /// <summary>
    /// Runs <paramref name="scenario"/> and yields one result per block of <paramref name="plan"/>
    /// in trial order, each block exactly once. Results are identical to the in-process path
    /// (<see cref="InProcessSimulator"/>) whatever the block size, silo count or retries.
    /// </summary>
    /// <param name="grains">The cluster's grain factory (an embedded silo's or a cluster client's).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="seed">Seed of the counter-based random numbers.</param>
    /// <param name="plan">Trials and block size.</param>
    /// <param name="maxParallelBlocks">Blocks in flight at once; 0 for processors × active silos.</param>
    /// <param name="cancellationToken">Stops the run; blocks in flight are abandoned.</param>
    /// <exception cref="BlockFailedException">A block failed on every attempt the silos allow.</exception>
    public static IAsyncEnumerable<TrialBlockResult> RunAsync(
        IGrainFactory grains,
        Scenario scenario,
        ulong seed,
        TrialPlan plan,
        int maxParallelBlocks,
        CancellationToken cancellationToken = default) =>
        RunAsync(grains, scenario, seed, plan, maxParallelBlocks, firstBlock: 0, cancellationToken);

    /// <summary>
    /// Runs the blocks <paramref name="firstBlock"/> … of <paramref name="plan"/> and yields their
    /// results in trial order: how an interrupted run continues once its earlier blocks are
    /// restored from checkpoints. Otherwise as the overload without <paramref name="firstBlock"/>.
    /// </summary>
    /// <param name="grains">The cluster's grain factory (an embedded silo's or a cluster client's).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="seed">Seed of the counter-based random numbers.</param>
    /// <param name="plan">Trials and block size.</param>
    /// <param name="maxParallelBlocks">Blocks in flight at once; 0 for processors × active silos.</param>
    /// <param name="firstBlock">First block to run, 0 … <see cref="TrialPlan.Blocks"/> (which yields nothing).</param>
    /// <param name="cancellationToken">Stops the run; blocks in flight are abandoned.</param>
    /// <exception cref="BlockFailedException">A block failed on every attempt the silos allow.</exception>
    public static IAsyncEnumerable<TrialBlockResult> RunAsync(
        IGrainFactory grains,
        Scenario scenario,
        ulong seed,
        TrialPlan plan,
        int maxParallelBlocks,
        int firstBlock,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var request = new RunRequest(ScenarioHandle.From(scenario), seed, plan.Trials, plan.BlockSize, maxParallelBlocks, firstBlock);
        request.Validate();
        return RunAsync(grains, request, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="request"/> (from <see cref="RunRequest.FirstBlock"/> on) and yields
    /// its block results in trial order; see the other overload.
    /// </summary>
    public static async IAsyncEnumerable<TrialBlockResult> RunAsync(
        IGrainFactory grains,
        RunRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var plan = request.Plan;
        var nextBlock = request.FirstBlock;
        for (var resumes = 0; nextBlock < plan.Blocks; resumes++)
        {
            var run = grains.GetGrain<IRunGrain>(Guid.NewGuid().ToString("N"));
            var resumedAt = nextBlock;
            using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await using var watchdog = RunGrainWatchdog.Start(grains, run, lost);

            // One block per message: a block result can be tens of megabytes.
            var stream = run.RunAsync(request with { FirstBlock = nextBlock }, lost.Token).WithBatchSize(1);
            await using var blocks = stream.GetAsyncEnumerator(lost.Token);
            while (true)
            {
                TrialBlockResult block;
                try
                {
                    if (!await blocks.MoveNextAsync())
                    {
                        break;
                    }

                    block = blocks.Current;
                }
                catch (Exception exception) when ((IsRunLost(exception) || watchdog.Fired) && resumes < MaxRunResumes && !cancellationToken.IsCancellationRequested)
                {
                    // The run grain is gone (silo died, stream aborted): every block it already
                    // delivered is kept and a new run grain continues from the next one. Blocks are
                    // deterministic, so the stream is the same as if nothing had happened. A run
                    // grain that delivered blocks resets the count: only resumes in a row are limited.
                    resumes = nextBlock > resumedAt ? -1 : resumes;
                    break;
                }

                if (block.FirstTrial != plan.FirstTrial(nextBlock) || block.Count != plan.Count(nextBlock))
                {
                    throw new InvalidOperationException(
                        $"Expected block {nextBlock} (trial {plan.FirstTrial(nextBlock)}, {plan.Count(nextBlock)} trials), got trial {block.FirstTrial}, {block.Count} trials.");
                }

                nextBlock++;
                yield return block;
            }
        }
    }

    private static bool IsRunLost(Exception exception) =>
        exception is OrleansException or TimeoutException or EnumerationAbortedException;
}
