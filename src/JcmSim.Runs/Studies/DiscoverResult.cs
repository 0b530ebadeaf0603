using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>The result of <c>jcmsim discover</c>, written as discover.json.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="TargetYear">Target year.</param>
/// <param name="ThresholdMt">The target's threshold, MtCO2.</param>
/// <param name="MissedBelow">A point counts as "target missed" when its P(met) is below this.</param>
/// <param name="Source">Where the points come from: the sweep folder, or "lhs N" when run here.</param>
/// <param name="Cases">Points.</param>
/// <param name="MissedCases">Points where the target is missed.</param>
/// <param name="Inputs">The inputs, in the order of the points' values.</param>
/// <param name="ChosenStep">Step of the chosen box on the trajectory.</param>
/// <param name="Sentence">"The target is missed mostly when …", in English and Japanese.</param>
/// <param name="Trajectory">Every box from the whole space to the last peel.</param>
/// <param name="Options">PRIM's peeling fraction, minimum support and minimum coverage.</param>
public sealed record DiscoverResult(
    string Scenario,
    int TargetYear,
    double ThresholdMt,
    double MissedBelow,
    string Source,
    int Cases,
    int MissedCases,
    IReadOnlyList<StudyInputInfo> Inputs,
    int ChosenStep,
    LocalizedText Sentence,
    IReadOnlyList<DiscoverBox> Trajectory,
    PrimOptions Options)
{
    /// <summary>The chosen box.</summary>
    public DiscoverBox Chosen => Trajectory[ChosenStep];
}
