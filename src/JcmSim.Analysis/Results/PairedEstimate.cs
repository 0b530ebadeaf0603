namespace JcmSim.Analysis.Results;

/// <summary>
/// A paired difference (scenario − reference) with its 95% interval, see
/// <see cref="Statistics.PairedDifference"/>. Serialised as <c>{"difference":…,"ciLow":…,"ciHigh":…}</c>.
/// </summary>
/// <param name="Difference">Mean of the per-trial differences.</param>
/// <param name="CiLow">Lower bound; null when there are fewer than two pairs.</param>
/// <param name="CiHigh">Upper bound; null when there are fewer than two pairs.</param>
public sealed record PairedEstimate(double Difference, double? CiLow, double? CiHigh);
