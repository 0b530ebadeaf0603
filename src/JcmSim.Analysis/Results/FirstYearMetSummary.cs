namespace JcmSim.Analysis.Results;

/// <summary>
/// When a target's threshold was first reached. Serialised as <c>{"share":…,"p50":…}</c>.
/// </summary>
/// <param name="Share">
/// Share of trials in which the cumulative reached the threshold in some year of the simulated horizon
/// (possibly after the target year).
/// </param>
/// <param name="P50">
/// Median first fiscal year, with "never within the horizon" ranked after every year (type-7 median,
/// so it may fall between two years, e.g. 2031.5). It is the year by which half of the trials have
/// met the threshold; null when fewer than half do.
/// </param>
public sealed record FirstYearMetSummary(double Share, double? P50);
