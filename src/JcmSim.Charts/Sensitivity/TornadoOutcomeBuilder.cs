using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;

namespace JcmSim.Charts.Sensitivity;

/// <summary>Collects the per-trial cumulatives of one run's blocks and summarises them into a <see cref="TornadoOutcome"/>.</summary>
public sealed class TornadoOutcomeBuilder
{
    private readonly IReadOnlyList<TornadoTarget> _targets;
    private readonly double[][] _cumulative;
    private int _received;

    /// <summary>Prepares for <paramref name="trials"/> trials of a scenario with <paramref name="targets"/>.</summary>
    public TornadoOutcomeBuilder(IReadOnlyList<TornadoTarget> targets, int trials)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        _targets = targets;
        _cumulative = targets.Select(_ => new double[trials]).ToArray();
    }

    /// <summary>Adds a block of trials (any order; each trial once).</summary>
    /// <exception cref="ArgumentException">The block does not match the targets or holds trials beyond the expected count.</exception>
    public void Add(TrialBlockResult block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.CumulativeMt.Length != _targets.Count)
        {
            throw new ArgumentException($"The block has {block.CumulativeMt.Length} targets, the study {_targets.Count}.", nameof(block));
        }

        if (block.FirstTrial < 0 || block.FirstTrial + block.Count > _cumulative[0].Length)
        {
            throw new ArgumentException($"Trials {block.FirstTrial}–{block.FirstTrial + block.Count - 1} are outside 0–{_cumulative[0].Length - 1}.", nameof(block));
        }

        for (var t = 0; t < _targets.Count; t++)
        {
            block.CumulativeMt[t].AsSpan(0, block.Count).CopyTo(_cumulative[t].AsSpan(block.FirstTrial));
        }

        _received += block.Count;
    }

    /// <summary>P(met) (cumulative ≥ threshold) and the type-7 median of the cumulative, per target.</summary>
    /// <exception cref="InvalidOperationException">Not every trial has arrived.</exception>
    public TornadoOutcome Build()
    {
        var n = _cumulative[0].Length;
        if (_received != n)
        {
            throw new InvalidOperationException($"{_received} of {n} trials arrived.");
        }

        var probability = new double[_targets.Count];
        var median = new double[_targets.Count];
        for (var t = 0; t < _targets.Count; t++)
        {
            var values = _cumulative[t];
            probability[t] = values.Count(v => v >= _targets[t].ThresholdMt) / (double)n;
            var scratch = (double[])values.Clone();
            median[t] = Quantiles.Type7InPlace<double>(scratch, 0.5);
        }

        return new TornadoOutcome(probability, median);
    }
}
