namespace JcmSim.Analysis.Studies;

/// <summary>Settings of <see cref="Prim.Peel"/>.</summary>
/// <param name="PeelAlpha">Fraction of the box's cases removed by one peel, in (0, 0.5); 0.05 as in EMA Workbench.</param>
/// <param name="MinimumSupport">Peeling stops before a box would hold fewer than this fraction of all cases, in (0, 1).</param>
/// <param name="MinimumCoverage">The chosen box must keep at least this fraction of the interesting cases, in (0, 1].</param>
public sealed record PrimOptions(double PeelAlpha = 0.05, double MinimumSupport = 0.05, double MinimumCoverage = 0.5);
