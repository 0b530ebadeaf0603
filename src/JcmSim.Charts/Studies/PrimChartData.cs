using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>A PRIM scenario-discovery result.</summary>
/// <param name="Provenance">Footer data.</param>
/// <param name="Inputs">The inputs, by column; <see cref="StudyInput.Low"/>/<see cref="StudyInput.High"/> (the range studied) are needed for restricted inputs.</param>
/// <param name="Outcome">The cases of interest as a clause, e.g. ("the FY2030 target is missed", "2030年度目標が未達となる").</param>
/// <param name="Result">The peeling trajectory and chosen box.</param>
public sealed record PrimChartData(StudyProvenance Provenance, IReadOnlyList<StudyInput> Inputs, LocalizedText Outcome, PrimResult Result);
