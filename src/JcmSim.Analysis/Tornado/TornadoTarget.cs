namespace JcmSim.Analysis.Tornado;

/// <summary>A target of the scenario a tornado was run on.</summary>
/// <param name="FiscalYear">Target year.</param>
/// <param name="ThresholdMt">Threshold, MtCO2 cumulative.</param>
public sealed record TornadoTarget(int FiscalYear, double ThresholdMt);
