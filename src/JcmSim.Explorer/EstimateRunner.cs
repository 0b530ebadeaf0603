using System.Diagnostics;
using JcmSim.Model.Simulation;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer;

/// <summary>
/// Runs an estimate in waves of a growing prefix of the trial sequence (256, 512, 1,024, … up to
/// the cap), each wave through the shared queue, on the engine <c>jcmsim run</c> uses; after each
/// wave the page gets an update (<see cref="ExplorerOptions.FirstWaveTrials"/>). The reference runs on the same trials and seed (common random
/// numbers), for the paired difference; its trials are simulated once
/// (<see cref="ReferenceCache"/>) and shared by every session.
/// </summary>
internal sealed class EstimateRunner(ISimulationEngine engine, FairWorkQueue queue, ReferenceCache references, int firstWave)
{
    /// <summary>Trials per block at most: the command line's measured optimum; results do not depend on it.</summary>
    public const int MaxBlockSize = 128;

    /// <summary>Trials per block: at most <see cref="MaxBlockSize"/>, and a divisor of every wave but the last.</summary>
    public int BlockSize { get; } = Math.Min(MaxBlockSize, firstWave);

    /// <summary>The trial counts after which updates are sent: doubling from <paramref name="firstWave"/> to <paramref name="cap"/>.</summary>
    public static IReadOnlyList<int> Waves(int cap, int firstWave)
    {
        var waves = new List<int>();
        for (var end = firstWave; end < cap; end *= 2)
        {
            waves.Add(end);
        }

        waves.Add(cap);
        return waves;
    }

    /// <summary>Runs <paramref name="prepared"/> up to <paramref name="request"/>'s trials and hands each update to <paramref name="emit"/>.</summary>
    public async Task RunAsync(PreparedEstimate prepared, EstimateRequest request, Func<EstimateUpdate, Task> emit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var tally = new TrialTally(prepared.Variant, prepared.VariantCompiled);
        var reference = prepared.Reference;
        var done = 0;
        foreach (var end in Waves(request.Trials, firstWave))
        {
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
            await emit(tally.Snapshot(request.Trials, clock.Elapsed.TotalMilliseconds, referenceIsVariant: !prepared.Changed)).ConfigureAwait(false);
        }
    }
}
