using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>Sobol' indices of a sensitivity study.</summary>
/// <param name="Provenance">Footer data.</param>
/// <param name="Inputs">The inputs, by design column (<see cref="SobolIndex.Input"/>).</param>
/// <param name="Output">What was analysed, e.g. ("mean cumulative reductions by FY2040", "2040年度までの累積削減量の平均").</param>
/// <param name="Indices">The indices.</param>
public sealed record SobolChartData(StudyProvenance Provenance, IReadOnlyList<StudyInput> Inputs, LocalizedText Output, SobolIndices Indices);
