using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>Morris elementary-effect statistics of a screening study.</summary>
/// <param name="Provenance">Footer data.</param>
/// <param name="Inputs">The inputs, by design column (<see cref="MorrisIndex.Input"/>).</param>
/// <param name="Output">What was analysed, e.g. ("mean cumulative reductions by FY2040", "2040年度までの累積削減量の平均").</param>
/// <param name="OutputUnit">The output's unit, e.g. "MtCO2" (μ* and σ are in it).</param>
/// <param name="Trajectories">Number of trajectories r.</param>
/// <param name="Indices">The statistics, one per input.</param>
/// <param name="Confidence">Level of the μ* intervals.</param>
public sealed record MorrisChartData(StudyProvenance Provenance, IReadOnlyList<StudyInput> Inputs, LocalizedText Output, string OutputUnit, int Trajectories, IReadOnlyList<MorrisIndex> Indices, double Confidence = 0.95);
