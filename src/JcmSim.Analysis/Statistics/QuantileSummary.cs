namespace JcmSim.Analysis.Statistics;

/// <summary>
/// The 5th, 25th, 50th, 75th and 95th percentiles (type 7, see <see cref="Quantiles"/>) and the mean
/// of a sample. Serialised as <c>{"p5":…,"p25":…,"p50":…,"p75":…,"p95":…,"mean":…}</c>.
/// </summary>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile (lower quartile).</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile (upper quartile).</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Mean">Arithmetic mean.</param>
public sealed record QuantileSummary(double P5, double P25, double P50, double P75, double P95, double Mean);
