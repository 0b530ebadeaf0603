using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>The result of <c>jcmsim sweep</c>, written as sweep.json.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="Design">"grid" or "lhs".</param>
/// <param name="Samples">Levels per input (grid) or points (lhs), as given.</param>
/// <param name="TrialsPerPoint">Trials per point.</param>
/// <param name="Seed">Seed of the design and of every point.</param>
/// <param name="Version">JcmSim version.</param>
/// <param name="Inputs">The studied inputs, in the order of a point's values.</param>
/// <param name="Correlations">Rank correlations asked for and achieved by the design.</param>
/// <param name="Points">Every point with its outcome.</param>
public sealed record SweepResult(
    string Scenario,
    LocalizedText Title,
    string Design,
    int Samples,
    int TrialsPerPoint,
    ulong Seed,
    string Version,
    IReadOnlyList<StudyInputInfo> Inputs,
    IReadOnlyList<RankCorrelationCheck> Correlations,
    IReadOnlyList<PointOutcome> Points);
