namespace JcmSim.Charts.Studies;

/// <summary>Quantiles of the cumulative reductions by one year at each point of a one-input sweep, aligned with <see cref="SweepChartData.Values"/>.</summary>
/// <param name="FiscalYear">The year the cumulative reductions are counted to.</param>
/// <param name="MedianMt">Median across trials, MtCO2.</param>
/// <param name="P5Mt">5th percentile across trials, MtCO2.</param>
/// <param name="P95Mt">95th percentile across trials, MtCO2.</param>
/// <param name="ThresholdMt">The target at that year, drawn as a dashed line; null for none.</param>
public sealed record SweepCumulativeSeries(int FiscalYear, IReadOnlyList<double> MedianMt, IReadOnlyList<double> P5Mt, IReadOnlyList<double> P95Mt, double? ThresholdMt = null);
