using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>The result of <c>jcmsim sensitivity</c>, written as sensitivity.json.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="Method">"sobol" or "morris".</param>
/// <param name="Samples">Base samples N (Sobol) or trajectories r (Morris).</param>
/// <param name="Points">Model evaluations: N(k + 2) or r(k + 1).</param>
/// <param name="TrialsPerPoint">Trials per point.</param>
/// <param name="Seed">Seed of the design, the bootstrap and every point.</param>
/// <param name="Version">JcmSim version.</param>
/// <param name="TargetYear">Target year of the output.</param>
/// <param name="Output">"cumulative" (mean cumulative MtCO2 at the target year) or "probability" (P(target met)).</param>
/// <param name="OutputVariance">Variance of the output over the design (Sobol: over A and B).</param>
/// <param name="Inputs">The studied inputs.</param>
/// <param name="Indices">One entry per input, in the inputs' order.</param>
/// <param name="Note">What the indices assume.</param>
public sealed record SensitivityResult(
    string Scenario,
    LocalizedText Title,
    string Method,
    int Samples,
    int Points,
    int TrialsPerPoint,
    ulong Seed,
    string Version,
    int TargetYear,
    string Output,
    double OutputVariance,
    IReadOnlyList<StudyInputInfo> Inputs,
    IReadOnlyList<SensitivityEntry> Indices,
    string Note);
