namespace JcmSim.Charts.Studies;

/// <summary>A sweep of one input: the input's values and, per value, the target probabilities (and optionally cumulative quantiles).</summary>
/// <param name="Provenance">Footer data.</param>
/// <param name="Input">The input swept.</param>
/// <param name="Values">The input's value at each point (any order; the charts sort).</param>
/// <param name="Targets">One series per target.</param>
/// <param name="Cumulative">Cumulative quantiles per point, for <see cref="StudyCharts.SweepCumulative"/>; null when not computed.</param>
public sealed record SweepChartData(StudyProvenance Provenance, StudyInput Input, IReadOnlyList<double> Values, IReadOnlyList<SweepTargetSeries> Targets, SweepCumulativeSeries? Cumulative = null);
