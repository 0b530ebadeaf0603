using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Cli.Studies;

/// <summary>Collects the per-trial cumulatives of one point's blocks and summarises them into a <see cref="PointOutcome"/>.</summary>
public sealed class PointOutcomeBuilder
{
    private readonly IReadOnlyList<ReductionTarget> _targets;
    private readonly double[][] _cumulative;
    private int _received;

    /// <summary>Prepares for <paramref name="trials"/> trials against <paramref name="targets"/>.</summary>
    public PointOutcomeBuilder(IReadOnlyList<ReductionTarget> targets, int trials)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        _targets = targets;
        _cumulative = targets.Select(_ => new double[trials]).ToArray();
    }

    /// <summary>Adds a block of trials (each trial once).</summary>
    public void Add(TrialBlockResult block)
    {
        ArgumentNullException.ThrowIfNull(block);
        for (var t = 0; t < _targets.Count; t++)
        {
            block.CumulativeMt[t].AsSpan(0, block.Count).CopyTo(_cumulative[t].AsSpan(block.FirstTrial));
        }

        _received += block.Count;
    }

    /// <summary>The outcome of the point at <paramref name="index"/> with input <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">Not every trial has arrived.</exception>
    public PointOutcome Build(int index, IReadOnlyList<double> values)
    {
        var n = _cumulative[0].Length;
        if (_received != n)
        {
            throw new InvalidOperationException($"{_received} of {n} trials arrived.");
        }

        var outcomes = new List<TargetOutcome>(_targets.Count);
        for (var t = 0; t < _targets.Count; t++)
        {
            var sorted = (double[])_cumulative[t].Clone();
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
