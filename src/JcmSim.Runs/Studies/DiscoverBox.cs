namespace JcmSim.Runs.Studies;

/// <summary>One box of the peeling trajectory, limits named by input path.</summary>
/// <param name="Step">Peels so far (0 = every case).</param>
/// <param name="Coverage">Share of all missed cases that lie in the box.</param>
/// <param name="Density">Share of the box's cases that are missed.</param>
/// <param name="Support">Share of all cases in the box.</param>
/// <param name="Count">Cases in the box.</param>
/// <param name="MissedCount">Missed cases in the box.</param>
/// <param name="Limits">The restricted inputs and their bounds.</param>
public sealed record DiscoverBox(int Step, double Coverage, double Density, double Support, int Count, int MissedCount, IReadOnlyList<DiscoverLimit> Limits);
