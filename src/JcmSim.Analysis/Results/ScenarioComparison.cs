namespace JcmSim.Analysis.Results;

/// <summary>
/// A scenario compared with the reference scenario (the first of the run) at one target year, under
/// common random numbers: trial i of both scenarios shares its random numbers, so the per-trial
/// differences dᵢ = scenarioᵢ − referenceᵢ are paired (<see cref="Statistics.PairedDifference"/>).
/// </summary>
/// <param name="Scenario">Name of the compared scenario.</param>
/// <param name="Reference">Name of the reference scenario.</param>
/// <param name="FiscalYear">Target year.</param>
/// <param name="Pairs">Number of paired trials: trials 0 … Pairs − 1 of both scenarios.</param>
/// <param name="Probability">Difference in the probability of meeting the target (dᵢ ∈ {−1, 0, 1}), each scenario against its own threshold.</param>
/// <param name="CumulativeMt">Difference in mean cumulative reductions at the target year, MtCO2.</param>
public sealed record ScenarioComparison(
    string Scenario,
    string Reference,
    int FiscalYear,
    int Pairs,
    PairedEstimate Probability,
    PairedEstimate CumulativeMt);
