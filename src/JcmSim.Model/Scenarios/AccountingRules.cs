namespace JcmSim.Model.Scenarios;

/// <summary>
/// How cumulative reductions are counted: from <see cref="StartYear"/> (the sources do not
/// say; default FY2013, the first JCM projects) and compared with each target.
/// </summary>
public sealed record AccountingRules(int StartYear, IReadOnlyList<ReductionTarget> Targets);

/// <summary>A goal: at least <see cref="ThresholdMt"/> MtCO2 cumulative by the end of <see cref="FiscalYear"/>.</summary>
public sealed record ReductionTarget(int FiscalYear, double ThresholdMt);
