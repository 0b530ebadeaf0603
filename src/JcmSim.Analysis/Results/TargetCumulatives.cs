using JcmSim.Model.Outcomes;

namespace JcmSim.Analysis.Results;

/// <summary>
/// The cumulative MtCO2 at each target year of every trial of one run, gathered from its blocks in
/// any order: what a study summarises per run (tornado) or per design point (sweeps and the rest).
/// </summary>
public sealed class TargetCumulatives
{
    private readonly double[][] _cumulative;
    private int _received;

    /// <summary>Prepares for <paramref name="trials"/> trials and <paramref name="targets"/> targets.</summary>
    public TargetCumulatives(int targets, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        _cumulative = Enumerable.Range(0, targets).Select(_ => new double[trials]).ToArray();
    }

    /// <summary>Trials expected.</summary>
    public int Trials => _cumulative[0].Length;

    /// <summary>Adds a block of trials (any order; each trial once).</summary>
    /// <exception cref="ArgumentException">The block does not match the targets or holds trials beyond the expected count.</exception>
    public void Add(TrialBlockResult block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.CumulativeMt.Length != _cumulative.Length)
        {
            throw new ArgumentException($"The block has {block.CumulativeMt.Length} targets, the study {_cumulative.Length}.", nameof(block));
        }

        if (block.FirstTrial < 0 || block.FirstTrial + block.Count > Trials)
        {
            throw new ArgumentException($"Trials {block.FirstTrial}–{block.FirstTrial + block.Count - 1} are outside 0–{Trials - 1}.", nameof(block));
        }

        for (var t = 0; t < _cumulative.Length; t++)
        {
            block.CumulativeMt[t].AsSpan(0, block.Count).CopyTo(_cumulative[t].AsSpan(block.FirstTrial));
        }

        _received += block.Count;
    }

    /// <summary>The cumulatives at target <paramref name="target"/>, by trial.</summary>
    /// <exception cref="InvalidOperationException">Not every trial has arrived.</exception>
    public ReadOnlySpan<double> At(int target) =>
        _received == Trials ? _cumulative[target] : throw new InvalidOperationException($"{_received} of {Trials} trials arrived.");
}
