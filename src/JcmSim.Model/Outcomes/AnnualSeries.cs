using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Outcomes;

/// <summary>
/// One annual output series of a trial, e.g. "reductions" or "reductions.channel.moej".
/// Values are per fiscal year (not cumulative) unless the id ends in ".cumulative".
/// </summary>
/// <param name="Id">Stable identifier used as a column or row key in result files.</param>
/// <param name="Unit">Unit of the values: "MtCO2", "count", "JPY bn" or "JPY/tCO2".</param>
/// <param name="Label">Display label.</param>
/// <param name="MeanOnly">
/// True for breakdowns with many members (e.g. one per country): results keep only their mean per
/// year, which is additive across members (stacked charts), and no per-trial quantiles, which
/// would cost memory per trial.
/// </param>
public sealed record AnnualSeries(string Id, string Unit, LocalizedText Label, bool MeanOnly = false);
