namespace JcmSim.Model.Scenarios;

/// <summary>
/// How cumulative reductions are counted: from <see cref="StartYear"/> (the sources do not
/// say; default FY2013, the first JCM projects) and compared with each target in the
/// <see cref="Reading"/> the scenario chooses.
/// </summary>
public sealed record AccountingRules(int StartYear, IReadOnlyList<ReductionTarget> Targets)
{
    /// <summary>The reading of the cumulative the targets are tested against (default <see cref="TargetReading.RealisedReductions"/>).</summary>
    public TargetReading Reading { get; init; } = TargetReading.RealisedReductions;
}

/// <summary>A goal: at least <see cref="ThresholdMt"/> MtCO2 cumulative by the end of <see cref="FiscalYear"/>.</summary>
public sealed record ReductionTarget(int FiscalYear, double ThresholdMt);
