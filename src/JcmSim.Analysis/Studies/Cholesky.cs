namespace JcmSim.Analysis.Studies;

/// <summary>The Cholesky factor L (lower triangular, A = L·Lᵀ) of a symmetric matrix.</summary>
internal static class Cholesky
{
    /// <summary>
    /// Factorises <paramref name="matrix"/>; returns null with <paramref name="failedAt"/> set to the
    /// first row whose pivot is not positive (the leading (failedAt + 1)-minor is not positive definite).
    /// </summary>
    public static double[,]? TryFactor(double[,] matrix, out int failedAt)
    {
        var n = matrix.GetLength(0);
        var lower = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                if (i == j)
                {
                    // A relative floor: a pivot that is zero up to rounding means a singular matrix.
                    if (!(sum > 1e-12 * Math.Max(1.0, Math.Abs(matrix[i, i]))))
                    {
                        failedAt = i;
                        return null;
                    }

                    lower[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    lower[i, j] = sum / lower[j, j];
                }
            }
        }

        failedAt = -1;
        return lower;
    }
}
