namespace JcmSim.Analysis.Studies;

/// <summary>One box of a PRIM peeling trajectory.</summary>
/// <param name="Limits">The restricted inputs only, by input column.</param>
/// <param name="Coverage">Interesting cases in the box / all interesting cases.</param>
/// <param name="Density">Interesting cases in the box / cases in the box.</param>
/// <param name="Support">Cases in the box / all cases.</param>
/// <param name="Count">Cases in the box.</param>
/// <param name="InterestingCount">Interesting cases in the box.</param>
public sealed record PrimBox(IReadOnlyList<PrimLimit> Limits, double Coverage, double Density, double Support, int Count, int InterestingCount);
