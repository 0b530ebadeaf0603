using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;

namespace JcmSim.Charts.Sensitivity;

/// <summary>Collects the per-trial cumulatives of one run's blocks and summarises them into a <see cref="TornadoOutcome"/>.</summary>
public sealed class TornadoOutcomeBuilder
{
    private readonly IReadOnlyList<TornadoTarget> _targets;
    private readonly TargetCumulatives _cumulatives;

    /// <summary>Prepares for <paramref name="trials"/> trials of a scenario with <paramref name="targets"/>.</summary>
    public TornadoOutcomeBuilder(IReadOnlyList<TornadoTarget> targets, int trials)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _targets = targets;
        _cumulatives = new TargetCumulatives(targets.Count, trials);
    }

    /// <summary>Adds a block of trials (any order; each trial once).</summary>
    /// <exception cref="ArgumentException">The block does not match the targets or holds trials beyond the expected count.</exception>
    public void Add(TrialBlockResult block) => _cumulatives.Add(block);

    /// <summary>P(met) (cumulative ≥ threshold) and the type-7 median of the cumulative, per target.</summary>
    /// <exception cref="InvalidOperationException">Not every trial has arrived.</exception>
    public TornadoOutcome Build()
    {
        var n = _cumulatives.Trials;
        var probability = new double[_targets.Count];
        var median = new double[_targets.Count];
        for (var t = 0; t < _targets.Count; t++)
        {
            var scratch = _cumulatives.At(t).ToArray();
            probability[t] = scratch.Count(v => v >= _targets[t].ThresholdMt) / (double)n;
            median[t] = Quantiles.Type7InPlace<double>(scratch, 0.5);
        }

        return new TornadoOutcome(probability, median);
    }
}
