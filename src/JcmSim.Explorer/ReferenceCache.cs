using System.Collections.Concurrent;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Simulation;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer;

/// <summary>
/// The reference scenario's met flags per target and trial, kept between requests: every lever move
/// of every session compares against the same reference trials (same seed, common random numbers),
/// so they are simulated once and only extended when an estimate goes further.
/// </summary>
internal sealed class ReferenceCache(ISimulationEngine engine)
{
    private const int MaxEntries = 64;
    private readonly ConcurrentDictionary<(string Name, DateTime Stamp, ulong Seed), Entry> _entries = new();

    /// <summary>The reference's met flags for trials 0 … <paramref name="trials"/> − 1, per target.</summary>
    public async Task<bool[][]> MetAsync(ExplorerScenario reference, ulong seed, int trials, int blockSize, CancellationToken cancellationToken)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = _entries.GetOrAdd((reference.Name, reference.Stamp, seed), _ => new Entry(reference.Scenario.Accounting.Targets.Count));
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (entry.Trials < trials)
            {
                // Blocks are whole from a block boundary: a shorter earlier cap may have ended mid-block.
                var from = entry.Trials / blockSize * blockSize;
                entry.Truncate(from);
                var thresholds = reference.Scenario.Accounting.Targets.Select(t => t.ThresholdMt).ToArray();
                await foreach (var block in engine.RunAsync(reference.Scenario, reference.Compiled, seed, new TrialPlan(trials, blockSize), from / blockSize, cancellationToken).ConfigureAwait(false))
                {
                    for (var t = 0; t < thresholds.Length; t++)
                    {
                        foreach (var value in block.CumulativeMt[t].AsSpan(0, block.Count))
                        {
                            entry.Met[t].Add(value >= thresholds[t]);
                        }
                    }
                }
            }

            return [.. entry.Met.Select(m => m.Take(trials).ToArray())];
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>
    /// Offers a block of the reference run as itself (an estimate with nothing moved): kept when it
    /// continues the cached trials, so the planner's first lever move compares against trials
    /// already simulated. Never waits: a block that arrives while the entry is busy is dropped.
    /// </summary>
    public void Offer(ExplorerScenario reference, ulong seed, TrialBlockResult block)
    {
        var entry = _entries.GetOrAdd((reference.Name, reference.Stamp, seed), _ => new Entry(reference.Scenario.Accounting.Targets.Count));
        if (!entry.Gate.Wait(0))
        {
            return;
        }

        try
        {
            if (entry.Trials != block.FirstTrial)
            {
                return;
            }

            var targets = reference.Scenario.Accounting.Targets;
            for (var t = 0; t < targets.Count; t++)
            {
                foreach (var value in block.CumulativeMt[t].AsSpan(0, block.Count))
                {
                    entry.Met[t].Add(value >= targets[t].ThresholdMt);
                }
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private sealed class Entry(int targets)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public List<bool>[] Met { get; } = [.. Enumerable.Range(0, targets).Select(_ => new List<bool>())];

        public int Trials => Met.Length == 0 ? int.MaxValue : Met[0].Count;

        public void Truncate(int trials)
        {
            foreach (var met in Met)
            {
                met.RemoveRange(trials, met.Count - trials);
            }
        }
    }
}
