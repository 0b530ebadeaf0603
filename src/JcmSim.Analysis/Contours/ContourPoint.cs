namespace JcmSim.Analysis.Contours;

/// <summary>A point of a contour line, in the units of the grid's axes.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate.</param>
public sealed record ContourPoint(double X, double Y);
