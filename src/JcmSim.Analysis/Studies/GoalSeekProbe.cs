namespace JcmSim.Analysis.Studies;

/// <summary>One evaluation of the lever.</summary>
/// <param name="Value">The lever's value.</param>
/// <param name="Estimate">The probability of meeting the target at that value.</param>
public sealed record GoalSeekProbe(double Value, ProbabilityEstimate Estimate);
