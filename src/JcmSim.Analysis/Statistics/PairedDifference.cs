namespace JcmSim.Analysis.Statistics;

/// <summary>
/// The paired-difference normal interval for the mean difference between two scenarios run under
/// common random numbers (trial i of both scenarios draws the same random numbers, so the pairs
/// (referenceᵢ, otherᵢ) are correlated and their difference is far less noisy than that of two
/// independent runs; see A. M. Law, Simulation Modeling and Analysis, 5th ed., §10.2.1 and §11.2).
/// </summary>
/// <remarks>
/// With dᵢ = otherᵢ − referenceᵢ, i = 1…n:
/// <code>
/// d̄  = Σ dᵢ / n
/// s² = Σ (dᵢ − d̄)² / (n − 1)
/// interval = d̄ ± z · s / √n,   z = Φ⁻¹(1 − α/2)
/// </code>
/// It serves real values such as cumulative reductions. The interval rests on the central limit theorem;
/// when every pair agrees (s = 0) it has zero width, which for indicators (target met or not) happens
/// whenever no pair is discordant: differences of probabilities use the score interval of
/// <see cref="PairedProportionDifference"/> instead.
/// </remarks>
public static class PairedDifference
{
    /// <summary>The paired difference of two equally long samples of real values.</summary>
    /// <param name="reference">referenceᵢ, i = 1…n.</param>
    /// <param name="other">otherᵢ, i = 1…n.</param>
    /// <param name="confidence">Two-sided confidence level, 0 &lt; level &lt; 1; default 0.95.</param>
    /// <exception cref="ArgumentException">The samples differ in length or have fewer than two pairs.</exception>
    public static PairedDifferenceInterval Compute(ReadOnlySpan<double> reference, ReadOnlySpan<double> other, double confidence = 0.95)
    {
        var n = CheckPairs(reference.Length, other.Length);
        var z = NormalCritical.TwoSided(confidence, nameof(confidence));

        // Two passes (mean, then squared deviations) rather than Σd² − n·d̄², which cancels badly.
        var mean = AddDifferences(0.0, reference, other) / n;
        return Interval(mean, AddSquaredDeviations(0.0, reference, other, mean), n, z);
    }

    /// <summary>
    /// The same interval over pairs too many to hold at once, handed over in chunks: <paramref name="readPairs"/>
    /// is called twice (for the mean, then for the squared deviations) and must hand every pair over each
    /// time, in the same order. The sums run in that order, so the interval equals the one of
    /// <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/> over the pairs in one span.
    /// </summary>
    /// <param name="pairs">n, the pairs each call hands over; at least two.</param>
    /// <param name="readPairs">One pass: hands chunks of (referenceᵢ, otherᵢ), equally long, to the given action.</param>
    /// <param name="confidence">Two-sided confidence level, 0 &lt; level &lt; 1; default 0.95.</param>
    /// <exception cref="ArgumentException">Fewer than two pairs, or a chunk's samples differ in length.</exception>
    /// <exception cref="InvalidOperationException">A pass handed over a number of pairs other than <paramref name="pairs"/>.</exception>
    public static PairedDifferenceInterval Compute(int pairs, Action<Action<ReadOnlySpan<double>, ReadOnlySpan<double>>> readPairs, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(readPairs);
        var n = CheckPairs(pairs, pairs);
        var z = NormalCritical.TwoSided(confidence, nameof(confidence));
        var sum = 0.0;
        var seen = 0L;
        readPairs((reference, other) =>
        {
            CheckPairsChunk(reference.Length, other.Length);
            sum = AddDifferences(sum, reference, other);
            seen += reference.Length;
        });
        CheckPass(seen, n);

        var mean = sum / n;
        var squares = 0.0;
        seen = 0;
        readPairs((reference, other) =>
        {
            CheckPairsChunk(reference.Length, other.Length);
            squares = AddSquaredDeviations(squares, reference, other, mean);
            seen += reference.Length;
        });
        CheckPass(seen, n);

        return Interval(mean, squares, n, z);
    }

    // The running sums take the pairs in order, one after the other: a chunked pass adds the same terms in
    // the same order as one span, so both give the same bits.
    private static double AddDifferences(double sum, ReadOnlySpan<double> reference, ReadOnlySpan<double> other)
    {
        for (var i = 0; i < reference.Length; i++)
        {
            sum += other[i] - reference[i];
        }

        return sum;
    }

    private static double AddSquaredDeviations(double squares, ReadOnlySpan<double> reference, ReadOnlySpan<double> other, double mean)
    {
        for (var i = 0; i < reference.Length; i++)
        {
            var deviation = other[i] - reference[i] - mean;
            squares += deviation * deviation;
        }

        return squares;
    }

    private static void CheckPairsChunk(int referenceLength, int otherLength)
    {
        if (referenceLength != otherLength)
        {
            throw new ArgumentException($"Paired samples must have the same length ({referenceLength} ≠ {otherLength}).");
        }
    }

    private static void CheckPass(long seen, int pairs)
    {
        if (seen != pairs)
        {
            throw new InvalidOperationException($"A pass handed over {seen} pairs, not {pairs}.");
        }
    }

    private static int CheckPairs(int referenceLength, int otherLength)
    {
        if (referenceLength != otherLength)
        {
            throw new ArgumentException($"Paired samples must have the same length ({referenceLength} ≠ {otherLength}).");
        }

        if (referenceLength < 2)
        {
            throw new ArgumentException("A paired-difference interval needs at least two pairs to estimate the variance.");
        }

        return referenceLength;
    }

    private static PairedDifferenceInterval Interval(double mean, double squares, int n, double z)
    {
        var standardError = Math.Sqrt(squares / (n - 1) / n);
        var halfWidth = z * standardError;
        return new PairedDifferenceInterval(mean, mean - halfWidth, mean + halfWidth, n);
    }
}
