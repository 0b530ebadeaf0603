namespace JcmSim.Analysis.Statistics;

/// <summary>A two-sided confidence interval [<see cref="Low"/>, <see cref="High"/>].</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound, ≥ <paramref name="Low"/>.</param>
public sealed record ConfidenceInterval(double Low, double High);
