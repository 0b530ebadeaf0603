using JcmSim.Analysis.Contours;
using JcmSim.Charts.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Maps;

/// <summary>
/// A lever map of one target: P(target met) on a grid of two inputs, every point run with the same
/// seed, and the contours of that probability at a few levels (computed by the caller, e.g. by
/// <see cref="MarchingSquares"/>: a chart draws, it does not compute).
/// </summary>
/// <param name="Provenance">Footer data.</param>
/// <param name="Target">The target whose probability is mapped.</param>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis.</param>
/// <param name="Probability">P(met) in [0, 1]: <c>Probability[i, j]</c> at (<see cref="X"/> level i, <see cref="Y"/> level j).</param>
/// <param name="Contours">The contours to draw, e.g. at 0.5 and 0.8; the highest level is drawn solid, the others dashed.</param>
public sealed record LeverMapData(StudyProvenance Provenance, ReductionTarget Target, LeverMapAxis X, LeverMapAxis Y, double[,] Probability, IReadOnlyList<Contour> Contours);
