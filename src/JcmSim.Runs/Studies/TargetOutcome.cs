namespace JcmSim.Runs.Studies;

/// <summary>The outcome of one design point against one target, over its trials.</summary>
/// <param name="FiscalYear">Target year.</param>
/// <param name="ThresholdMt">Threshold, MtCO2 cumulative.</param>
/// <param name="Met">Trials whose cumulative at the target year reached the threshold.</param>
/// <param name="Trials">Trials of the point.</param>
/// <param name="Probability">Met ÷ Trials.</param>
/// <param name="CiLow">Lower bound of the 95% Wilson interval.</param>
/// <param name="CiHigh">Upper bound of the 95% Wilson interval.</param>
/// <param name="MedianMt">Median cumulative at the target year, MtCO2.</param>
/// <param name="P5Mt">5% quantile of the cumulative, MtCO2.</param>
/// <param name="P95Mt">95% quantile of the cumulative, MtCO2.</param>
/// <param name="MeanMt">Mean cumulative, MtCO2.</param>
public sealed record TargetOutcome(
    int FiscalYear,
    double ThresholdMt,
    int Met,
    int Trials,
    double Probability,
    double CiLow,
    double CiHigh,
    double MedianMt,
    double P5Mt,
    double P95Mt,
    double MeanMt);
