using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>Collects the per-trial cumulatives of one point's blocks and summarises them into a <see cref="PointOutcome"/>.</summary>
public sealed class PointOutcomeBuilder
{
    private readonly IReadOnlyList<ReductionTarget> _targets;
    private readonly TargetCumulatives _cumulatives;

    /// <summary>Prepares for <paramref name="trials"/> trials against <paramref name="targets"/>.</summary>
    public PointOutcomeBuilder(IReadOnlyList<ReductionTarget> targets, int trials)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _targets = targets;
        _cumulatives = new TargetCumulatives(targets.Count, trials);
    }

    /// <summary>Adds a block of trials (each trial once).</summary>
    public void Add(TrialBlockResult block) => _cumulatives.Add(block);

    /// <summary>The outcome of the point at <paramref name="index"/> with input <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">Not every trial has arrived.</exception>
    public PointOutcome Build(int index, IReadOnlyList<double> values)
    {
        var n = _cumulatives.Trials;
        var outcomes = new List<TargetOutcome>(_targets.Count);
        for (var t = 0; t < _targets.Count; t++)
        {
            var sorted = _cumulatives.At(t).ToArray();
            Array.Sort(sorted);
            var met = sorted.Count(v => v >= _targets[t].ThresholdMt);
            var interval = WilsonInterval.Compute(met, n);
            outcomes.Add(new TargetOutcome(
                _targets[t].FiscalYear,
                _targets[t].ThresholdMt,
                met,
                n,
                met / (double)n,
                interval.Low,
                interval.High,
                Quantiles.Type7<double>(sorted, 0.5),
                Quantiles.Type7<double>(sorted, 0.05),
                Quantiles.Type7<double>(sorted, 0.95),
                sorted.Average()));
        }

        return new PointOutcome(index, values, outcomes);
    }
}
