namespace JcmSim.Analysis.Studies;

/// <summary>
/// Variance-based sensitivity indices (I. M. Sobol', "Global sensitivity indices for nonlinear
/// mathematical models and their Monte Carlo estimates", Math. Comput. Simul. 55, 2001): Saltelli
/// sampling from a digitally shifted Sobol' sequence, the first-order estimator of A. Saltelli et al.,
/// "Variance based sensitivity analysis of model output. Design and estimator for the total
/// sensitivity index", Comput. Phys. Commun. 181, 2010 (table 2 (b)), the total-order estimator of
/// M. J. W. Jansen, "Analysis of variance designs for model output", Comput. Phys. Commun. 117, 1999
/// (the same table, (f)), and bootstrap percentile intervals.
/// </summary>
public static class Sobol
{
    /// <summary>The largest number of inputs: 2k Sobol' dimensions must exist in the Joe–Kuo table.</summary>
    public static int MaxDimensions => SobolSequence.MaxDimensions / 2;

    /// <summary>
    /// The Saltelli design of <paramref name="baseSamples"/> base rows in <paramref name="dimensions"/>
    /// inputs: A takes Sobol' dimensions 0 … k − 1 and B dimensions k … 2k − 1 of points 0 … N − 1,
    /// each dimension XOR-shifted by 32 Philox bits keyed by <paramref name="seed"/> and centred in its
    /// 2⁻³² cell so that no coordinate is 0 or 1. A random digital shift keeps the net's stratification
    /// (for N = 2ᵐ every column has one point in each interval of length 1/N) and moves the origin
    /// off the corner, so point 0 is kept rather than skipped as in unrandomised Saltelli sampling.
    /// See <see cref="SaltelliDesign"/> for the row order.
    /// </summary>
    /// <param name="baseSamples">N ≥ 2; powers of two balance best.</param>
    /// <param name="dimensions">k, 1 ≤ k ≤ <see cref="MaxDimensions"/>.</param>
    /// <param name="seed">The design's seed.</param>
    public static SaltelliDesign Saltelli(int baseSamples, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (dimensions > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"Sobol' indices are supported for at most {MaxDimensions} inputs.");
        }

        var sequence = new SobolSequence(2 * dimensions);
        var shifts = new uint[2 * dimensions];
        var stream = StudyRandom.Stream(seed, "saltelli-shift", 0);
        for (var d = 0; d < shifts.Length; d++)
        {
            shifts[d] = (uint)(stream.NextUniform() * 4294967296.0);
        }

        var n = baseSamples;
        var k = dimensions;
        var points = new double[n * (k + 2)][];
        for (var j = 0; j < n; j++)
        {
            var a = new double[k];
            var b = new double[k];
            for (var d = 0; d < k; d++)
            {
                a[d] = Coordinate(sequence, (uint)j, d, shifts[d]);
                b[d] = Coordinate(sequence, (uint)j, k + d, shifts[k + d]);
            }

            points[j] = a;
            points[n + j] = b;
            for (var i = 0; i < k; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                points[((2 + i) * n) + j] = ab;
            }
        }

        return new SaltelliDesign(n, k, points);
    }

    /// <summary>
    /// The first-order (Saltelli 2010) and total-order (Jansen 1999) indices of each input, with
    /// V the variance of the 2N outputs of A and B:
    /// S_i = (1/N)·Σ_j f(B)_j·(f(AB_i)_j − f(A)_j) / V and S_Ti = (1/(2N))·Σ_j (f(A)_j − f(AB_i)_j)² / V.
    /// Intervals: bootstrap percentile over resamples of the N base rows (the same rows for A, B and
    /// every AB_i), Philox keyed by <paramref name="seed"/>. Estimates are not clipped to [0, 1].
    /// </summary>
    /// <param name="design">The design the outputs were computed at.</param>
    /// <param name="outputs">The model output at each row of <see cref="SaltelliDesign.Points"/>, finite.</param>
    /// <param name="bootstrapResamples">Number of resamples, ≥ 0.</param>
    /// <param name="confidence">Level of the intervals, in (0, 1).</param>
    /// <param name="seed">Seed of the bootstrap.</param>
    /// <exception cref="ArgumentException">The outputs do not match the design, are not finite, or have zero variance (the indices are then undefined).</exception>
    public static SobolIndices Analyze(SaltelliDesign design, ReadOnlySpan<double> outputs, int bootstrapResamples = 1000, double confidence = 0.95, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(design);
        BootstrapPercentile.CheckArguments(bootstrapResamples, confidence);
        var n = design.BaseSamples;
        var k = design.Dimensions;
        if (outputs.Length != n * (k + 2))
        {
            throw new ArgumentException($"The Saltelli design has {n * (k + 2)} points (N = {n}, k = {k}) but {outputs.Length} outputs were given.", nameof(outputs));
        }

        for (var r = 0; r < outputs.Length; r++)
        {
            if (!double.IsFinite(outputs[r]))
            {
                throw new ArgumentException($"The output at design row {r} is not finite ({outputs[r]}).", nameof(outputs));
            }
        }

        var y = outputs.ToArray();
        var identity = new int[n];
        for (var j = 0; j < n; j++)
        {
            identity[j] = j;
        }

        var (first, total, variance) = Estimate(y, n, k, identity);
        if (!(variance > 0))
        {
            throw new ArgumentException("The outputs have zero variance: Sobol' indices are undefined (every design point gave the same output; study a quantity that varies, e.g. the mean cumulative credits instead of a probability that is 0 everywhere).", nameof(outputs));
        }

        var firstReplicates = new double[k][];
        var totalReplicates = new double[k][];
        for (var i = 0; i < k; i++)
        {
            firstReplicates[i] = new double[bootstrapResamples];
            totalReplicates[i] = new double[bootstrapResamples];
        }

        var rows = new int[n];
        for (var b = 0; b < bootstrapResamples; b++)
        {
            var stream = StudyRandom.Stream(seed, "sobol-bootstrap", b);
            for (var j = 0; j < n; j++)
            {
                rows[j] = StudyRandom.NextIndex(ref stream, n);
            }

            var (f, t, v) = Estimate(y, n, k, rows);
            for (var i = 0; i < k; i++)
            {
                // A resample can, rarely for tiny N, draw rows with identical outputs; its indices
                // are undefined and it counts as no information (0/0 would be NaN).
                firstReplicates[i][b] = v > 0 ? f[i] : 0;
                totalReplicates[i][b] = v > 0 ? t[i] : 0;
            }
        }

        var indices = new SobolIndex[k];
        for (var i = 0; i < k; i++)
        {
            var (firstLow, firstHigh) = BootstrapPercentile.Interval(firstReplicates[i], confidence, first[i]);
            var (totalLow, totalHigh) = BootstrapPercentile.Interval(totalReplicates[i], confidence, total[i]);
            indices[i] = new SobolIndex(i, first[i], firstLow, firstHigh, total[i], totalLow, totalHigh);
        }

        return new SobolIndices(indices, variance, confidence, n, bootstrapResamples);
    }

    private static (double[] First, double[] Total, double Variance) Estimate(double[] y, int n, int k, int[] rows)
    {
        double sum = 0, sumSquares = 0;
        foreach (var j in rows)
        {
            var (a, b) = (y[j], y[n + j]);
            sum += a + b;
            sumSquares += (a * a) + (b * b);
        }

        var count = 2.0 * rows.Length;
        var mean = sum / count;
        var variance = Math.Max(0, (sumSquares / count) - (mean * mean));

        // Centring on the mean before the products keeps the sums accurate for outputs with a large offset.
        var first = new double[k];
        var total = new double[k];
        for (var i = 0; i < k; i++)
        {
            double firstSum = 0, totalSum = 0;
            var offset = (2 + i) * n;
            foreach (var j in rows)
            {
                var (a, b, ab) = (y[j] - mean, y[n + j] - mean, y[offset + j] - mean);
                firstSum += b * (ab - a);
                totalSum += (a - ab) * (a - ab);
            }

            first[i] = variance > 0 ? firstSum / rows.Length / variance : double.NaN;
            total[i] = variance > 0 ? totalSum / (2.0 * rows.Length) / variance : double.NaN;
        }

        return (first, total, variance);
    }

    private static double Coordinate(SobolSequence sequence, uint index, int dimension, uint shift) =>
        ((sequence.Coordinate(index, dimension) ^ shift) + 0.5) / 4294967296.0;
}
