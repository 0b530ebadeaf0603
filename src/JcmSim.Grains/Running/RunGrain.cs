using System.Runtime.CompilerServices;
using JcmSim.Grains.Blocks;
using JcmSim.Grains.Hosting;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Simulation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Messaging;

namespace JcmSim.Grains.Running;

/// <summary>
/// Runs the blocks of one run. Blocks are started in order, at most
/// <see cref="RunRequest.MaxParallelBlocks"/> at a time and never more than twice that many ahead
/// of the first block not yet yielded, so memory stays bounded while a slow block holds up the
/// stream. A block that fails or exceeds <see cref="JcmSimOptions.BlockTimeout"/> is run again
/// under a new grain key; blocks are deterministic, so a retry returns exactly what the first
/// attempt would have.
/// </summary>
internal sealed partial class RunGrain(
    CompiledScenarioCache scenarios,
    IClusterMembershipService membership,
    IOptions<JcmSimOptions> options,
    ILogger<RunGrain> logger) : Grain, IRunGrain
{
    // Retries of a block after lost silos that do not count as attempts: silos join and leave far
    // less often than this in a run, so only a cluster in constant churn exhausts it.
    private const int MaxSiloLossRetries = 16;

    private readonly JcmSimOptions _options = options.Value;

    /// <inheritdoc />
    public async IAsyncEnumerable<TrialBlockResult> RunAsync(RunRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        request.Validate();

        // Compiling here fails a bad scenario once, before any block starts, and warms this silo's cache.
        _ = scenarios.Get(request.Scenario);
        var runId = this.GetPrimaryKeyString();
        var plan = request.Plan;
        var window = request.MaxParallelBlocks > 0 ? request.MaxParallelBlocks : Environment.ProcessorCount * ActiveSilos();
        var lookahead = 2 * window;
        LogRunStarted(logger, runId, request.Scenario.ToString(), plan.Trials, plan.Blocks, request.FirstBlock, window);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Dictionary<int, Task<TrialBlockResult>>();
        var next = request.FirstBlock;
        try
        {
            for (var head = request.FirstBlock; head < plan.Blocks; head++)
            {
                while (true)
                {
                    while (next < plan.Blocks && next - head < lookahead && Running(pending) < window)
                    {
                        pending.Add(next, RunBlockAsync(runId, request, plan, next, stop.Token));
                        next++;
                    }

                    var failed = pending.Values.FirstOrDefault(t => t.IsFaulted);
                    if (failed is not null)
                    {
                        // A block out of retries fails the run now rather than when its turn comes.
                        await failed;
                    }

                    if (pending[head].IsCompleted)
                    {
                        break;
                    }

                    await Task.WhenAny(pending.Values.Where(t => !t.IsCompleted));
                }

                var result = await pending[head];
                pending.Remove(head);
                yield return result;
            }

            LogRunCompleted(logger, runId, plan.Trials);
        }
        finally
        {
            // Reached on completion, on failure and when the caller stops early: abandon any block
            // still in flight and let this activation go.
            await stop.CancelAsync();
            foreach (var task in pending.Values)
            {
                // Observe the abandoned attempts' errors so they are not reported as unobserved.
                _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Current);
            }

            DeactivateOnIdle();
        }
    }

    private static int Running(Dictionary<int, Task<TrialBlockResult>> pending) => pending.Values.Count(t => !t.IsCompleted);

    private int ActiveSilos() => Math.Max(1, membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active));

    private async Task<TrialBlockResult> RunBlockAsync(string runId, RunRequest request, TrialPlan plan, int block, CancellationToken stop)
    {
        var setup = new BlockSetup(request.Scenario, request.Seed, plan.FirstTrial(block), plan.Count(block));
        var attempt = 1;
        for (var key = 1; ; key++)
        {
            // Every try has its own key, so it is placed anew and never meets an earlier try's grains.
            var grain = GrainFactory.GetGrain<ITrialBlockGrain>(BlockKeys.Block(runId, block, key));
            var silos = ActiveSiloSet(membership.CurrentSnapshot);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(_options.BlockTimeout);
            try
            {
                return await grain.RunAsync(new BlockRequest(runId, block, key, setup), timeout.Token);
            }
            catch (Exception exception) when (!stop.IsCancellationRequested)
            {
                var timedOut = timeout.IsCancellationRequested;
                if (!timedOut && key - attempt < MaxSiloLossRetries && IsSiloUnreachable(exception) && await MembershipChangedAsync(silos, stop))
                {
                    // The block's silo died (or could not be reached) and the membership has since
                    // changed: the block is not at fault, so the retry uses up none of its attempts.
                    LogBlockMoved(logger, runId, block, key);
                    continue;
                }

                if (attempt >= _options.MaxBlockAttempts)
                {
                    LogBlockFailed(logger, exception, runId, block, attempt);
                    throw new BlockFailedException(
                        $"Block {block} (trials {setup.FirstTrial}–{setup.FirstTrial + setup.Count - 1}) failed on all {attempt} attempts; last error: {exception.Message}",
                        exception);
                }

                LogBlockRetry(logger, exception, runId, block, attempt, timedOut);
                attempt++;
            }

            if (_options.RetryDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.RetryDelay, stop);
            }
        }
    }

    /// <summary>
    /// Waits until the active silos differ from <paramref name="before"/> (those when the failed
    /// try started), at most <see cref="JcmSimOptions.SiloLossTimeout"/>: until then random placement
    /// may choose the lost silo again. Returns at once when the change has already happened.
    /// </summary>
    private async Task<bool> MembershipChangedAsync(HashSet<SiloAddress> before, CancellationToken stop)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(_options.SiloLossTimeout);
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(timeout.Token))
            {
                if (!ActiveSiloSet(snapshot).SetEquals(before))
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // No change within the timeout: retried as an ordinary failed attempt.
        }

        return false;
    }

    private static HashSet<SiloAddress> ActiveSiloSet(ClusterMembershipSnapshot snapshot) =>
        snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToHashSet();

    // Orleans reports a silo it cannot reach (dead, or not yet declared dead) as a rejected message
    // or a failed connection, possibly wrapped.
    private static bool IsSiloUnreachable(Exception exception) => exception switch
    {
        OrleansMessageRejectionException or ConnectionFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsSiloUnreachable),
        { InnerException: { } inner } => IsSiloUnreachable(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: scenario {Scenario}, {Trials} trials in {Blocks} blocks from block {FirstBlock}, {Window} in parallel")]
    private static partial void LogRunStarted(ILogger logger, string runId, string scenario, int trials, int blocks, int firstBlock, int window);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: {Trials} trials done")]
    private static partial void LogRunCompleted(ILogger logger, string runId, int trials);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} block {Block} attempt {Attempt} failed (timed out: {TimedOut}); retrying")]
    private static partial void LogBlockRetry(ILogger logger, Exception exception, string runId, int block, int attempt, bool timedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} block {Block}: its silo was lost (try {Try}); running it again on the remaining silos")]
    private static partial void LogBlockMoved(ILogger logger, string runId, int block, int @try);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} block {Block} failed on all {Attempts} attempts")]
    private static partial void LogBlockFailed(ILogger logger, Exception exception, string runId, int block, int attempts);
}
