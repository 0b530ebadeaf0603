namespace JcmSim.Analysis.Studies;

/// <summary>A PRIM peeling trajectory and the box chosen on it.</summary>
/// <param name="Trajectory">Box 0 holds all cases; box m is the box after m peels.</param>
/// <param name="ChosenIndex">The index of the chosen box (see <see cref="Prim.Peel"/> for the rule).</param>
/// <param name="BaseDensity">The fraction of interesting cases among all cases (the density of box 0).</param>
/// <param name="Cases">All cases.</param>
/// <param name="InterestingCases">All interesting cases.</param>
public sealed record PrimResult(IReadOnlyList<PrimBox> Trajectory, int ChosenIndex, double BaseDensity, int Cases, int InterestingCases)
{
    /// <summary>The chosen box.</summary>
    public PrimBox Chosen => Trajectory[ChosenIndex];
}
