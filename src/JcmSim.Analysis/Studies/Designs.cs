namespace JcmSim.Analysis.Studies;

/// <summary>Space-filling designs in the unit cube, mapped to input values by the caller.</summary>
public static class Designs
{
    /// <summary>The largest number of rows <see cref="Grid"/> builds.</summary>
    public const int MaxGridPoints = 1_000_000;

    /// <summary>
    /// The full-factorial grid: <paramref name="levels"/>^<paramref name="dimensions"/> rows with
    /// coordinates j/(levels − 1), j = 0 … levels − 1 (both ends included), in lexicographic order
    /// with the last dimension varying fastest.
    /// </summary>
    /// <param name="dimensions">Number of inputs, ≥ 1.</param>
    /// <param name="levels">Values per input, ≥ 2.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range or the grid would exceed <see cref="MaxGridPoints"/> rows.</exception>
    public static double[][] Grid(int dimensions, int levels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        var rows = 1L;
        for (var d = 0; d < dimensions; d++)
        {
            rows *= levels;
            if (rows > MaxGridPoints)
            {
                throw new ArgumentOutOfRangeException(nameof(levels), levels, $"A grid of {levels} levels in {dimensions} dimensions has more than {MaxGridPoints:N0} points; use fewer levels or a Latin hypercube.");
            }
        }

        var grid = new double[rows][];
        var digits = new int[dimensions];
        for (var r = 0; r < rows; r++)
        {
            var point = new double[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                point[d] = digits[d] / (double)(levels - 1);
            }

            grid[r] = point;
            for (var d = dimensions - 1; d >= 0; d--)
            {
                if (++digits[d] < levels)
                {
                    break;
                }

                digits[d] = 0;
            }
        }

        return grid;
    }

    /// <summary>
    /// A Latin hypercube of <paramref name="samples"/> points in (0, 1)^<paramref name="dimensions"/>
    /// (M. D. McKay, R. J. Beckman and W. J. Conover, Technometrics 21(2), 1979): in every column
    /// exactly one point lies in each stratum [i/n, (i + 1)/n), at a uniform position inside it. The
    /// stratum order of each column is an independent random permutation. Deterministic from
    /// <paramref name="seed"/> (Philox).
    /// </summary>
    /// <param name="samples">Number of points n, ≥ 1.</param>
    /// <param name="dimensions">Number of inputs, ≥ 1.</param>
    /// <param name="seed">The design's seed.</param>
    public static double[][] LatinHypercube(int samples, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var design = new double[samples][];
        for (var i = 0; i < samples; i++)
        {
            design[i] = new double[dimensions];
        }

        var strata = new int[samples];
        for (var d = 0; d < dimensions; d++)
        {
            var stream = StudyRandom.Stream(seed, "lhs", d);
            for (var i = 0; i < samples; i++)
            {
                strata[i] = i;
            }

            StudyRandom.Shuffle(ref stream, strata);
            for (var i = 0; i < samples; i++)
            {
                // The jitter is in (0, 1), so the point is strictly inside its stratum.
                design[i][d] = (strata[i] + stream.NextUniform()) / samples;
            }
        }

        return design;
    }
}
