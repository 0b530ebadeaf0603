using JcmSim.Analysis.Contours;

namespace JcmSim.Runs.Maps;

/// <summary>One target of a map and the contours of its probability.</summary>
/// <param name="FiscalYear">Target year.</param>
/// <param name="ThresholdMt">Cumulative reductions to reach by then, MtCO2.</param>
/// <param name="Contours">The lines where P(met), interpolated between grid points, equals each of <see cref="MapRequest.ContourProbabilities"/>.</param>
public sealed record MapTarget(int FiscalYear, double ThresholdMt, IReadOnlyList<Contour> Contours);
