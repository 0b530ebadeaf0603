namespace JcmSim.Analysis.Studies;

/// <summary>
/// Elementary-effects screening: M. D. Morris, "Factorial sampling plans for preliminary computational
/// experiments", Technometrics 33(2), 1991, with μ* of Campolongo, Cariboni and Saltelli (2007).
/// </summary>
public static class Morris
{
    /// <summary>
    /// <paramref name="trajectories"/> random trajectories on the p-level grid: each starts at a random
    /// grid point whose coordinates can all move by Δ = p/(2(p − 1)) in a random direction (up from a
    /// base in {0, …, 1 − Δ} or down to it), and moves the coordinates one at a time in a random order.
    /// Deterministic from <paramref name="seed"/> (Philox).
    /// </summary>
    /// <param name="trajectories">r ≥ 2.</param>
    /// <param name="dimensions">k ≥ 1.</param>
    /// <param name="levels">p, even and ≥ 2 (4 is usual).</param>
    /// <param name="seed">The design's seed.</param>
    public static MorrisDesign Trajectories(int trajectories, int dimensions, int levels, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (levels < 2 || levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "The number of Morris levels must be even and at least 2 (4 is usual).");
        }

        var delta = levels / (2.0 * (levels - 1));
        var k = dimensions;
        var points = new double[trajectories * (k + 1)][];
        var order = new int[k];
        for (var t = 0; t < trajectories; t++)
        {
            var stream = StudyRandom.Stream(seed, "morris", t);
            var x = new double[k];
            var up = new bool[k];
            for (var i = 0; i < k; i++)
            {
                // p/2 base levels keep base + Δ on the grid: (p/2 − 1)/(p − 1) + Δ = 1.
                var baseLevel = StudyRandom.NextIndex(ref stream, levels / 2);
                up[i] = stream.NextUniform() < 0.5;
                x[i] = (baseLevel / (double)(levels - 1)) + (up[i] ? 0 : delta);
                order[i] = i;
            }

            StudyRandom.Shuffle(ref stream, order);
            var row = t * (k + 1);
            points[row] = (double[])x.Clone();
            for (var s = 0; s < k; s++)
            {
                var i = order[s];
                x[i] += up[i] ? delta : -delta;
                points[row + s + 1] = (double[])x.Clone();
            }
        }

        return new MorrisDesign(trajectories, k, levels, delta, points);
    }

    /// <summary>
    /// μ, μ* and σ of each input's r elementary effects (y(after) − y(before)) / (x(after) − x(before)),
    /// with a bootstrap percentile interval of μ* over resampled trajectories (Philox keyed by <paramref name="seed"/>).
    /// </summary>
    /// <param name="design">The design the outputs were computed at.</param>
    /// <param name="outputs">The model output at each row of <see cref="MorrisDesign.Points"/>, finite.</param>
    /// <param name="bootstrapResamples">Number of resamples, ≥ 0.</param>
    /// <param name="confidence">Level of the intervals, in (0, 1).</param>
    /// <param name="seed">Seed of the bootstrap.</param>
    /// <exception cref="ArgumentException">The outputs do not match the design or are not finite, or a step of the design does not move exactly one coordinate.</exception>
    public static MorrisIndices Analyze(MorrisDesign design, ReadOnlySpan<double> outputs, int bootstrapResamples = 1000, double confidence = 0.95, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(design);
        BootstrapPercentile.CheckArguments(bootstrapResamples, confidence);
        var (r, k) = (design.Trajectories, design.Dimensions);
        if (outputs.Length != r * (k + 1) || design.Points.Length != outputs.Length)
        {
            throw new ArgumentException($"The Morris design has {design.Points.Length} points ({r} trajectories of {k + 1}) but {outputs.Length} outputs were given.", nameof(outputs));
        }

        var effects = new double[k][];
        for (var i = 0; i < k; i++)
        {
            effects[i] = new double[r];
        }

        for (var t = 0; t < r; t++)
        {
            for (var s = 0; s < k; s++)
            {
                var row = (t * (k + 1)) + s;
                var (before, after) = (design.Points[row], design.Points[row + 1]);
                var input = MovedInput(before, after, row);
                var (y0, y1) = (outputs[row], outputs[row + 1]);
                if (!double.IsFinite(y0) || !double.IsFinite(y1))
                {
                    throw new ArgumentException($"The output at design row {row} or {row + 1} is not finite.", nameof(outputs));
                }

                effects[input][t] = (y1 - y0) / (after[input] - before[input]);
            }
        }

        var result = new MorrisIndex[k];
        var replicates = new double[bootstrapResamples];
        for (var i = 0; i < k; i++)
        {
            var ee = effects[i];
            double mu = 0, muStar = 0;
            foreach (var e in ee)
            {
                mu += e;
                muStar += Math.Abs(e);
            }

            mu /= r;
            muStar /= r;
            var squares = 0.0;
            foreach (var e in ee)
            {
                squares += (e - mu) * (e - mu);
            }

            for (var b = 0; b < bootstrapResamples; b++)
            {
                // One stream per resample, shared by all inputs: a resample is a set of trajectories.
                var stream = StudyRandom.Stream(seed, "morris-bootstrap", b);
                var sum = 0.0;
                for (var t = 0; t < r; t++)
                {
                    sum += Math.Abs(ee[StudyRandom.NextIndex(ref stream, r)]);
                }

                replicates[b] = sum / r;
            }

            var (low, high) = BootstrapPercentile.Interval(replicates, confidence, muStar);
            result[i] = new MorrisIndex(i, mu, muStar, Math.Sqrt(squares / (r - 1)), low, high);
        }

        return new MorrisIndices(result, confidence, r, design.Levels, bootstrapResamples);
    }

    private static int MovedInput(double[] before, double[] after, int row)
    {
        var moved = -1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] != after[i])
            {
                if (moved >= 0)
                {
                    throw new ArgumentException($"Design rows {row} and {row + 1} differ in more than one coordinate; this is not a Morris trajectory.", "design");
                }

                moved = i;
            }
        }

        return moved >= 0 ? moved : throw new ArgumentException($"Design rows {row} and {row + 1} are identical; this is not a Morris trajectory.", "design");
    }
}
