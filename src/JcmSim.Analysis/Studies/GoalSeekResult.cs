namespace JcmSim.Analysis.Studies;

/// <summary>The outcome of <see cref="GoalSeek.SeekAsync"/>.</summary>
/// <param name="Status">How the search ended.</param>
/// <param name="Value">When reached: the value where the estimated probability crosses the target (linear interpolation inside the final bracket).</param>
/// <param name="IntervalLow">When reached: the lower end of the interval holding the crossing, or null if no probe bounds it on that side.</param>
/// <param name="IntervalHigh">When reached: the upper end, or null if no probe bounds it on that side.</param>
/// <param name="Increasing">Whether the probability rises with the lever (the High end is the one that meets the target).</param>
/// <param name="Probes">Every probe, in the order run.</param>
public sealed record GoalSeekResult(GoalSeekStatus Status, double? Value, double? IntervalLow, double? IntervalHigh, bool Increasing, IReadOnlyList<GoalSeekProbe> Probes);
