namespace JcmSim.Analysis.Contours;

/// <summary>
/// Contour lines of a field sampled on a rectangular grid, by marching squares (Lorensen and Cline's
/// marching cubes in two dimensions): each cell of four neighbouring samples is classified by which
/// corners are at or above the level, the crossing on each of its edges is placed by linear
/// interpolation between the edge's two samples, and the cells' segments are joined into polylines.
/// A saddle cell (diagonal corners above, the others below) is resolved by the mean of its four
/// corners: when the centre is above, the two corners above are joined through it. A cell with a
/// NaN corner has no segment. The lines depend only on the samples, so equal fields give equal lines.
/// </summary>
public static class MarchingSquares
{
    /// <summary>The contour of <paramref name="values"/> at <paramref name="level"/>.</summary>
    /// <param name="xs">Grid coordinates along the first index, strictly increasing.</param>
    /// <param name="ys">Grid coordinates along the second index, strictly increasing.</param>
    /// <param name="values">The field, <c>values[i, j]</c> at (<paramref name="xs"/>[i], <paramref name="ys"/>[j]).</param>
    /// <param name="level">The level; a sample equal to it counts as above.</param>
    /// <exception cref="ArgumentException">The coordinates do not match the field's shape or do not increase.</exception>
    public static Contour Trace(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double[,] values, double level)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        ArgumentNullException.ThrowIfNull(values);
        var (nx, ny) = (values.GetLength(0), values.GetLength(1));
        if (xs.Count != nx || ys.Count != ny || nx < 2 || ny < 2)
        {
            throw new ArgumentException($"A field of {nx}×{ny} samples needs {nx} x and {ny} y coordinates, at least 2 of each; got {xs.Count} and {ys.Count}.", nameof(values));
        }

        if (!Increasing(xs) || !Increasing(ys))
        {
            throw new ArgumentException("Grid coordinates must be finite and strictly increasing.", nameof(xs));
        }

        var segments = new List<(Edge From, Edge To)>();
        for (var i = 0; i < nx - 1; i++)
        {
            for (var j = 0; j < ny - 1; j++)
            {
                AddCellSegments(values, i, j, level, segments);
            }
        }

        var lines = Join(segments)
            .Select(edges => Distinct(edges.Select(e => Crossing(e, xs, ys, values, level))))
            .Where(points => points.Count >= 2)
            .Select(points => new ContourLine(points))
            .ToList();
        return new Contour(level, lines);
    }

    // A sample exactly at the level is the crossing of every edge that meets it: one point, not several.
    private static List<ContourPoint> Distinct(IEnumerable<ContourPoint> points)
    {
        var list = new List<ContourPoint>();
        foreach (var point in points)
        {
            if (list.Count == 0 || list[^1] != point)
            {
                list.Add(point);
            }
        }

        return list;
    }

    private static bool Increasing(IReadOnlyList<double> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]) || (i > 0 && values[i] <= values[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    // The segments of cell (i, j). Corners: a = (i, j), b = (i+1, j), c = (i+1, j+1), d = (i, j+1);
    // edges: bottom a–b, right b–c, top d–c, left a–d.
    private static void AddCellSegments(double[,] v, int i, int j, double level, List<(Edge, Edge)> segments)
    {
        var (a, b, c, d) = (v[i, j], v[i + 1, j], v[i + 1, j + 1], v[i, j + 1]);
        if (double.IsNaN(a) || double.IsNaN(b) || double.IsNaN(c) || double.IsNaN(d))
        {
            return;
        }

        var bottom = new Edge(i, j, Horizontal: true);
        var top = new Edge(i, j + 1, Horizontal: true);
        var left = new Edge(i, j, Horizontal: false);
        var right = new Edge(i + 1, j, Horizontal: false);
        var index = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
        switch (index)
        {
            case 0 or 15:
                return;
            case 1 or 14:
                segments.Add((left, bottom));
                return;
            case 2 or 13:
                segments.Add((bottom, right));
                return;
            case 3 or 12:
                segments.Add((left, right));
                return;
            case 4 or 11:
                segments.Add((right, top));
                return;
            case 6 or 9:
                segments.Add((bottom, top));
                return;
            case 7 or 8:
                segments.Add((left, top));
                return;
            case 5:
                // a and c above: joined through the centre when it is above, else separated.
                if ((a + b + c + d) / 4 >= level)
                {
                    segments.Add((left, top));
                    segments.Add((bottom, right));
                }
                else
                {
                    segments.Add((left, bottom));
                    segments.Add((right, top));
                }

                return;
            default:
                // 10: b and d above.
                if ((a + b + c + d) / 4 >= level)
                {
                    segments.Add((left, bottom));
                    segments.Add((right, top));
                }
                else
                {
                    segments.Add((left, top));
                    segments.Add((bottom, right));
                }

                return;
        }
    }

    // Every grid edge is shared by at most two cells and each cell puts at most one segment end on
    // it, so every crossing has at most two neighbours: the segments form simple chains and rings.
    private static List<List<Edge>> Join(List<(Edge From, Edge To)> segments)
    {
        var neighbours = new Dictionary<Edge, List<int>>();
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var end in new[] { segments[s].From, segments[s].To })
            {
                if (!neighbours.TryGetValue(end, out var list))
                {
                    neighbours[end] = list = [];
                }

                list.Add(s);
            }
        }

        var used = new bool[segments.Count];
        var lines = new List<List<Edge>>();

        // Open lines first, from an end with one segment, in the order the cells were scanned; then rings.
        var starts = segments.SelectMany(s => new[] { s.From, s.To }).Where(e => neighbours[e].Count == 1)
            .Concat(segments.Select(s => s.From));
        foreach (var start in starts)
        {
            var first = neighbours[start].FirstOrDefault(s => !used[s], -1);
            if (first < 0)
            {
                continue;
            }

            var line = new List<Edge> { start };
            var (current, segment) = (start, first);
            while (segment >= 0)
            {
                used[segment] = true;
                current = segments[segment].From == current ? segments[segment].To : segments[segment].From;
                line.Add(current);
                segment = neighbours[current].FirstOrDefault(s => !used[s], -1);
            }

            lines.Add(line);
        }

        return lines;
    }

    private static ContourPoint Crossing(Edge edge, IReadOnlyList<double> xs, IReadOnlyList<double> ys, double[,] v, double level)
    {
        var (i, j) = (edge.I, edge.J);
        var (i2, j2) = edge.Horizontal ? (i + 1, j) : (i, j + 1);
        var (from, to) = (v[i, j], v[i2, j2]);
        var t = to == from ? 0.5 : Math.Clamp((level - from) / (to - from), 0, 1);
        return new ContourPoint(xs[i] + (t * (xs[i2] - xs[i])), ys[j] + (t * (ys[j2] - ys[j])));
    }

    // A grid edge: from sample (I, J) to (I+1, J) when horizontal, to (I, J+1) when vertical.
    private readonly record struct Edge(int I, int J, bool Horizontal);
}
