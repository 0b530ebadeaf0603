namespace JcmSim.Analysis.Contours;

/// <summary>The contour of a field at one level: every line along which the field equals <paramref name="Level"/>.</summary>
/// <param name="Level">The level, in the field's units (a probability for a lever map).</param>
/// <param name="Lines">The lines, empty when the field does not cross the level on the grid.</param>
public sealed record Contour(double Level, IReadOnlyList<ContourLine> Lines);
