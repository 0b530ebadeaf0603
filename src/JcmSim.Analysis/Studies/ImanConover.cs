using System.Globalization;
using JcmSim.Model.Distributions;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// Rank correlation between the columns of a sample by reordering them, without changing any
/// marginal: R. L. Iman and W. J. Conover, "A distribution-free approach to inducing rank correlation
/// among input variables", Communications in Statistics — Simulation and Computation 11(3), 1982.
/// </summary>
/// <remarks>
/// With S the van der Waerden scores Φ⁻¹(r/(n + 1)) of each column's ranks r, E = corr(S) = Q·Qᵀ and
/// the target C = P·Pᵀ (Cholesky; C converted from rank to score correlation, see the code), the
/// scores T = S·Q⁻ᵀ·Pᵀ have correlation exactly C; each column of the sample is then rearranged so
/// that its ranks equal the ranks of the matching column of T. Using
/// the sample's own ranks (rather than a fresh random score matrix) makes the method deterministic
/// and corrects whatever chance correlation the sample had.
/// </remarks>
public static class ImanConover
{
    private const double SymmetryTolerance = 1e-9;

    /// <summary>A new sample whose columns are permutations of <paramref name="sample"/>'s, with Spearman correlations ≈ <paramref name="targetRankCorrelation"/>.</summary>
    /// <param name="sample">n rows × k columns, n &gt; k ≥ 1, finite; not modified.</param>
    /// <param name="targetRankCorrelation">k × k, symmetric, unit diagonal, entries in [−1, 1], positive definite.</param>
    /// <exception cref="ArgumentException">The target is not a valid correlation matrix (see <see cref="Problem"/>), or the sample is ragged, too short, not finite, or its columns are perfectly rank-dependent.</exception>
    public static double[][] Apply(double[][] sample, double[,] targetRankCorrelation)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(targetRankCorrelation);
        var problem = Problem(targetRankCorrelation);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(targetRankCorrelation));
        }

        var k = targetRankCorrelation.GetLength(0);
        var n = sample.Length;
        CheckSample(sample, k);
        var result = new double[n][];
        for (var i = 0; i < n; i++)
        {
            result[i] = (double[])sample[i].Clone();
        }

        if (k == 1)
        {
            return result;
        }

        var scores = Scores(sample, k);
        var current = Cholesky.TryFactor(PearsonMatrix(scores, k), out _)
            ?? throw new ArgumentException("The sample's columns are perfectly rank-dependent (their score correlation matrix is singular), so their rank correlation cannot be changed by reordering.", nameof(sample));
        var target = Cholesky.TryFactor(PearsonForSpearman(targetRankCorrelation), out _)
            ?? Cholesky.TryFactor(targetRankCorrelation, out _)!;
        var transformed = new double[k][];
        for (var j = 0; j < k; j++)
        {
            transformed[j] = new double[n];
        }

        var y = new double[k];
        for (var i = 0; i < n; i++)
        {
            // y = Q⁻¹·sᵢ by forward substitution, then tᵢ = P·y.
            for (var j = 0; j < k; j++)
            {
                var sum = scores[j][i];
                for (var m = 0; m < j; m++)
                {
                    sum -= current[j, m] * y[m];
                }

                y[j] = sum / current[j, j];
            }

            for (var j = 0; j < k; j++)
            {
                var sum = 0.0;
                for (var m = 0; m <= j; m++)
                {
                    sum += target[j, m] * y[m];
                }

                transformed[j][i] = sum;
            }
        }

        var column = new double[n];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = sample[i][j];
            }

            Array.Sort(column);
            var order = Ranks.Order(transformed[j]);
            for (var r = 0; r < n; r++)
            {
                result[order[r]][j] = column[r];
            }
        }

        return result;
    }

    /// <summary>
    /// Null when <paramref name="targetRankCorrelation"/> is a valid rank-correlation matrix; otherwise
    /// one sentence saying what is wrong, naming the inputs by <paramref name="names"/> ("input 0", … when null).
    /// </summary>
    /// <param name="targetRankCorrelation">The matrix to check.</param>
    /// <param name="names">Names of the inputs, one per row, or null.</param>
    public static string? Problem(double[,] targetRankCorrelation, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(targetRankCorrelation);
        var k = targetRankCorrelation.GetLength(0);
        if (k == 0 || targetRankCorrelation.GetLength(1) != k)
        {
            return $"The rank correlation matrix must be square and not empty; it is {k} × {targetRankCorrelation.GetLength(1)}.";
        }

        if (names is not null && names.Count != k)
        {
            return $"The rank correlation matrix is {k} × {k} but {names.Count} input names were given.";
        }

        string Name(int i) => names?[i] ?? $"input {i}";
        string Value(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        for (var i = 0; i < k; i++)
        {
            if (targetRankCorrelation[i, i] != 1.0)
            {
                return $"The rank correlation of {Name(i)} with itself must be 1, not {Value(targetRankCorrelation[i, i])}.";
            }

            for (var j = 0; j < i; j++)
            {
                var (a, b) = (targetRankCorrelation[i, j], targetRankCorrelation[j, i]);
                if (!double.IsFinite(a) || a < -1 || a > 1)
                {
                    return $"The rank correlation of the pair ({Name(j)}, {Name(i)}) is {Value(a)}; it must lie in [-1, 1].";
                }

                if (!double.IsFinite(b) || b < -1 || b > 1)
                {
                    return $"The rank correlation of the pair ({Name(i)}, {Name(j)}) is {Value(b)}; it must lie in [-1, 1].";
                }

                if (Math.Abs(a - b) > SymmetryTolerance)
                {
                    return $"The rank correlation matrix is not symmetric: the pair ({Name(j)}, {Name(i)}) has {Value(b)} one way and {Value(a)} the other.";
                }
            }
        }

        if (Cholesky.TryFactor(targetRankCorrelation, out var failedAt) is null)
        {
            var involved = string.Join(", ", Enumerable.Range(0, failedAt + 1).Select(Name));
            return $"The rank correlations among {involved} are inconsistent: the matrix is not positive definite (no joint distribution has them; e.g. weaken the correlations involving {Name(failedAt)}).";
        }

        return null;
    }

    /// <summary>Spearman's ρ: the Pearson correlation of the mid-ranks; NaN when either sample is constant.</summary>
    /// <param name="a">First sample.</param>
    /// <param name="b">Second sample, same length ≥ 2.</param>
    public static double Spearman(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length || a.Length < 2)
        {
            throw new ArgumentException($"Spearman's rho needs two samples of the same length ≥ 2; got {a.Length} and {b.Length}.", nameof(b));
        }

        return Pearson(Ranks.Average(a), Ranks.Average(b));
    }

    // For normal scores, Spearman's ρ_S = (6/π)·asin(ρ/2) (K. Pearson, 1907), so the scores are given
    // the Pearson correlation 2·sin(π·ρ_S/6) (0.7 → 0.717) to land on the target rank correlation.
    // The conversion moves entries slightly away from 0 and can, at the edge, lose positive
    // definiteness; the unconverted target is then used (a bias of at most ~0.018).
    private static double[,] PearsonForSpearman(double[,] spearman)
    {
        var k = spearman.GetLength(0);
        var pearson = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                pearson[i, j] = i == j ? 1 : 2 * Math.Sin(Math.PI * spearman[i, j] / 6);
            }
        }

        return pearson;
    }

    private static void CheckSample(double[][] sample, int k)
    {
        if (sample.Length <= k)
        {
            throw new ArgumentException($"Inducing the rank correlation of {k} columns needs more than {k} rows; the sample has {sample.Length}.", nameof(sample));
        }

        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] is null || sample[i].Length != k)
            {
                throw new ArgumentException($"Row {i} of the sample has {sample[i]?.Length ?? 0} values; the correlation matrix has {k} columns.", nameof(sample));
            }

            foreach (var value in sample[i])
            {
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"Row {i} of the sample has a value that is not finite ({value}).", nameof(sample));
                }
            }
        }
    }

    // Scores by column: Φ⁻¹(r/(n + 1)) of each value's ordinal rank r (ties broken by row).
    private static double[][] Scores(double[][] sample, int k)
    {
        var n = sample.Length;
        var scores = new double[k][];
        var column = new double[n];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = sample[i][j];
            }

            var order = Ranks.Order(column);
            scores[j] = new double[n];
            for (var r = 0; r < n; r++)
            {
                scores[j][order[r]] = SpecialFunctions.NormalQuantile((r + 1) / (n + 1.0));
            }
        }

        return scores;
    }

    private static double[,] PearsonMatrix(double[][] columns, int k)
    {
        var matrix = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            matrix[i, i] = 1;
            for (var j = 0; j < i; j++)
            {
                matrix[i, j] = matrix[j, i] = Pearson(columns[i], columns[j]);
            }
        }

        return matrix;
    }

    private static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double meanA = 0, meanB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            meanA += a[i];
            meanB += b[i];
        }

        meanA /= a.Length;
        meanB /= b.Length;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var (da, db) = (a[i] - meanA, b[i] - meanB);
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return saa == 0 || sbb == 0 ? double.NaN : sab / Math.Sqrt(saa * sbb);
    }
}
