namespace JcmSim.Analysis.Contours;

/// <summary>
/// One connected piece of a contour: a polyline through the points where the field crosses the
/// level, in order. An open line starts and ends on the grid's border; a closed one (<see cref="IsClosed"/>)
/// repeats its first point at the end.
/// </summary>
/// <param name="Points">The crossings in order along the line (at least two).</param>
public sealed record ContourLine(IReadOnlyList<ContourPoint> Points)
{
    /// <summary>True when the line returns to its first point (a ring inside the grid).</summary>
    public bool IsClosed => Points.Count > 2 && Points[0] == Points[^1];

    /// <summary>Length of the polyline, in axis units (for choosing where to label it).</summary>
    public double Length
    {
        get
        {
            var length = 0.0;
            for (var i = 1; i < Points.Count; i++)
            {
                length += Math.Sqrt(Math.Pow(Points[i].X - Points[i - 1].X, 2) + Math.Pow(Points[i].Y - Points[i - 1].Y, 2));
            }

            return length;
        }
    }
}
