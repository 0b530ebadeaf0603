namespace JcmSim.Model.Scenarios;

/// <summary>The rank-correlation matrix of some inputs: 1 on the diagonal, the given pairs, 0 for pairs not named.</summary>
public static class RankCorrelationMatrix
{
    /// <summary>The k × k matrix over <paramref name="paths"/>; correlations naming a path outside them are left out.</summary>
    public static double[,] Build(IReadOnlyList<string> paths, IEnumerable<RankCorrelation> correlations)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(correlations);
        var n = paths.Count;
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
        }

        foreach (var c in correlations)
        {
            var a = IndexOf(paths, c.First);
            var b = IndexOf(paths, c.Second);
            if (a >= 0 && b >= 0)
            {
                matrix[a, b] = c.Spearman;
                matrix[b, a] = c.Spearman;
            }
        }

        return matrix;
    }

    private static int IndexOf(IReadOnlyList<string> paths, string path)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths[i] == path)
            {
                return i;
            }
        }

        return -1;
    }
}
