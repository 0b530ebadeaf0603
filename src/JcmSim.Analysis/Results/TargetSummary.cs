using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Results;

/// <summary>
/// The outcome of one scenario against one reduction target, over all its trials.
/// </summary>
/// <param name="FiscalYear">Target year Y.</param>
/// <param name="ThresholdMt">Threshold T, MtCO2 cumulative from the accounting start to the end of Y.</param>
/// <param name="Probability">Share of trials whose cumulative at Y, in the scenario's reading (<see cref="ScenarioSummary.Reading"/>), is ≥ T (the "met" flag of trials.parquet).</param>
/// <param name="CiLow">Lower bound of the 95% Wilson interval of <paramref name="Probability"/>.</param>
/// <param name="CiHigh">Upper bound of the 95% Wilson interval of <paramref name="Probability"/>.</param>
/// <param name="CumulativeMt">Quantiles and mean of the cumulative at Y in the scenario's reading, MtCO2.</param>
/// <param name="JapanItmoMt">Quantiles and mean of cumulative credits transferred to Japan (ITMOs) at Y, MtCO2.</param>
/// <param name="ShortfallMt">Quantiles and mean of the shortfall max(0, T − cumulative at Y), MtCO2.</param>
/// <param name="FirstYearMet">When the threshold was first reached.</param>
public sealed record TargetSummary(
    int FiscalYear,
    double ThresholdMt,
    double Probability,
    double CiLow,
    double CiHigh,
    QuantileSummary CumulativeMt,
    QuantileSummary JapanItmoMt,
    QuantileSummary ShortfallMt,
    FirstYearMetSummary FirstYearMet)
{
    /// <summary>Every reading of the cumulative at Y, side by side; null in a summary.json written before readings were reported.</summary>
    public TargetReadings? Readings { get; init; }
}
