using System.Text.Json.Serialization;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// What a global sensitivity study (Sobol' or Morris) varied and what it measured: the part of its
/// result that does not depend on the method.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="Samples">Base samples N (Sobol') or trajectories r (Morris).</param>
/// <param name="Points">Model evaluations: N(k + 2) or r(k + 1).</param>
/// <param name="TrialsPerPoint">Trials per point.</param>
/// <param name="Seed">Seed of the design, the bootstrap and every point.</param>
/// <param name="Version">JcmSim version.</param>
/// <param name="TargetYear">Target year of the output.</param>
/// <param name="Output">"cumulative" (mean cumulative MtCO2 at the target year) or "probability" (P(target met)).</param>
/// <param name="OutputVariance">Variance of the output over all points of the design (population).</param>
/// <param name="Inputs">The studied inputs, in design column order.</param>
/// <param name="Note">What the indices assume.</param>
public sealed record SensitivityStudyInfo(
    string Scenario,
    LocalizedText Title,
    int Samples,
    int Points,
    int TrialsPerPoint,
    ulong Seed,
    string Version,
    int TargetYear,
    string Output,
    double OutputVariance,
    IReadOnlyList<StudyInputInfo> Inputs,
    string Note)
{
    /// <summary>The output <see cref="Output"/> names at <see cref="TargetYear"/>, in English and Japanese.</summary>
    [JsonIgnore]
    public LocalizedText OutputName => Output == "probability"
        ? new LocalizedText($"probability of meeting the FY{TargetYear} target", $"{TargetYear}年度目標の達成確率")
        : new LocalizedText($"mean cumulative reductions by FY{TargetYear}", $"{TargetYear}年度までの累積削減量の平均");

    /// <summary>The output's unit ("MtCO2", or empty for a probability): Morris effects are in it.</summary>
    [JsonIgnore]
    public string OutputUnit => Output == "probability" ? "" : "MtCO2";
}
