namespace JcmSim.Explorer;

/// <summary>One target as the page shows it after the trials so far.</summary>
/// <param name="FiscalYear">The target's fiscal year.</param>
/// <param name="ThresholdMt">Its threshold, MtCO2.</param>
/// <param name="Probability">P(cumulative ≥ threshold) with the settings.</param>
/// <param name="Low">Low end of its 95% Wilson interval.</param>
/// <param name="High">High end of its 95% Wilson interval.</param>
/// <param name="MedianMt">Median cumulative at the target year, MtCO2.</param>
/// <param name="ReferenceProbability">P(target) of the reference scenario over the same trials.</param>
/// <param name="Difference">Paired difference P(settings) − P(reference) under common random numbers.</param>
/// <param name="DifferenceLow">Low end of its 95% interval (Tango's score interval).</param>
/// <param name="DifferenceHigh">High end of its 95% interval.</param>
public sealed record TargetEstimate(
    int FiscalYear, double ThresholdMt, double Probability, double Low, double High, double MedianMt,
    double ReferenceProbability, double Difference, double DifferenceLow, double DifferenceHigh);
