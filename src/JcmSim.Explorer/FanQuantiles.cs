namespace JcmSim.Explorer;

/// <summary>The fan of the tested reading's cumulative: its 5/25/50/75/95% quantiles per fiscal year, MtCO2.</summary>
/// <param name="Years">Fiscal years from the accounting start to the horizon's last year.</param>
/// <param name="P5">5% quantile per year.</param>
/// <param name="P25">25% quantile per year.</param>
/// <param name="P50">Median per year.</param>
/// <param name="P75">75% quantile per year.</param>
/// <param name="P95">95% quantile per year.</param>
public sealed record FanQuantiles(IReadOnlyList<int> Years, IReadOnlyList<double> P5, IReadOnlyList<double> P25, IReadOnlyList<double> P50, IReadOnlyList<double> P75, IReadOnlyList<double> P95);
