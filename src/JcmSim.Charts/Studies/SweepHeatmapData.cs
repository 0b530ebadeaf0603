using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>
/// A sweep of two inputs: at point i the inputs are (<see cref="X"/>[i], <see cref="Y"/>[i]) and the
/// probability of meeting <see cref="Target"/> is <see cref="Probability"/>[i]. Points on a full grid
/// are drawn as cells with the outline of the cells at or above <see cref="OutlineProbability"/>;
/// other designs (a Latin hypercube) as coloured dots, those at or above the level ringed.
/// </summary>
/// <param name="Provenance">Footer data.</param>
/// <param name="XInput">The input on the horizontal axis.</param>
/// <param name="YInput">The input on the vertical axis.</param>
/// <param name="Target">The target.</param>
/// <param name="X">First input per point.</param>
/// <param name="Y">Second input per point.</param>
/// <param name="Probability">P(met) per point, in [0, 1].</param>
/// <param name="OutlineProbability">The probability level outlined, in (0, 1]; default 0.5.</param>
public sealed record SweepHeatmapData(StudyProvenance Provenance, StudyInput XInput, StudyInput YInput, ReductionTarget Target, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double> Probability, double OutlineProbability = 0.5);
