using System.Globalization;

namespace JcmSim.Analysis.Tornado;

/// <summary>A result of a tornado study: P(target) or the median cumulative at a target year.</summary>
/// <param name="Kind">Which result.</param>
/// <param name="TargetIndex">Index of the target in the scenario's targets.</param>
/// <param name="FiscalYear">The target's year (names files and columns).</param>
public sealed record TornadoMetric(TornadoMetricKind Kind, int TargetIndex, int FiscalYear)
{
    /// <summary>File-name stem, e.g. "probability-2030" or "median-2040".</summary>
    public string Id => (Kind == TornadoMetricKind.Probability ? "probability-" : "median-") + FiscalYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>The result's value in <paramref name="outcome"/>.</summary>
    public double Of(TornadoOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Kind == TornadoMetricKind.Probability ? outcome.ProbabilityMet[TargetIndex] : outcome.MedianCumulativeMt[TargetIndex];
    }

    /// <summary>The results charted for a study: P(target) for every target, and the median cumulative at the last target.</summary>
    public static IReadOnlyList<TornadoMetric> For(IReadOnlyList<TornadoTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var metrics = targets.Select((t, i) => new TornadoMetric(TornadoMetricKind.Probability, i, t.FiscalYear)).ToList();
        if (targets.Count > 0)
        {
            var last = targets.Select((t, i) => (t, i)).MaxBy(p => p.t.FiscalYear);
            metrics.Add(new TornadoMetric(TornadoMetricKind.MedianCumulative, last.i, last.t.FiscalYear));
        }

        return metrics;
    }
}
