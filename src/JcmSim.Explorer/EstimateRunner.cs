using System.Diagnostics;
using JcmSim.Model.Simulation;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer;

/// <summary>
/// Runs an estimate in waves of a growing prefix of the trial sequence (256, 512, 1,024, …), each
/// wave through the shared queue, on the engine <c>jcmsim run</c> uses, until the precision asked is
/// reached or the trial cap (<see cref="EstimateWaves"/>); after each wave the page gets an update
/// (<see cref="ExplorerOptions.FirstWaveTrials"/>). The reference runs on the same trials and seed (common random
/// numbers), for the paired difference; its trials are simulated once
/// (<see cref="ReferenceCache"/>) and shared by every session.
/// </summary>
internal sealed class EstimateRunner(ISimulationEngine engine, FairWorkQueue queue, ReferenceCache references, int firstWave)
{
    /// <summary>Trials per block at most (<see cref="ExplorerOptions.MaxBlockSize"/>).</summary>
    public const int MaxBlockSize = ExplorerOptions.MaxBlockSize;

    /// <summary>Trials per block: at most <see cref="MaxBlockSize"/>, and a divisor of every wave but the last.</summary>
    public int BlockSize { get; } = Math.Min(MaxBlockSize, firstWave);

    /// <summary>Runs <paramref name="prepared"/> until <paramref name="request"/>'s precision or trials and hands each update to <paramref name="emit"/>.</summary>
    public async Task RunAsync(PreparedEstimate prepared, EstimateRequest request, Func<EstimateUpdate, Task> emit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var tally = new TrialTally(prepared.Variant, prepared.VariantCompiled);
        var reference = prepared.Reference;
        var waves = new EstimateWaves(request.Trials, firstWave, request.Precision);
        var done = 0;
        while (true)
        {
            var end = waves.End;
            var plan = new TrialPlan(end, BlockSize);
            var firstBlock = done / BlockSize;
            await queue.RunAsync(async token =>
            {
                await foreach (var block in engine.RunAsync(prepared.Variant, prepared.VariantCompiled, request.Seed, plan, firstBlock, token).ConfigureAwait(false))
                {
                    tally.Add(block);
                    if (!prepared.Changed)
                    {
                        references.Offer(reference, request.Seed, block);
                    }
                }

                if (prepared.Changed)
                {
                    tally.SetReference(await references.MetAsync(reference, request.Seed, end, BlockSize, token).ConfigureAwait(false));
                }
            }, cancellationToken).ConfigureAwait(false);
            done = end;
            var stop = waves.Advance(tally.MetCounts());
            await emit(tally.Snapshot(request.Trials, request.Precision, stop, clock.Elapsed.TotalMilliseconds, referenceIsVariant: !prepared.Changed)).ConfigureAwait(false);
            if (stop is not null)
            {
                return;
            }
        }
    }
}
