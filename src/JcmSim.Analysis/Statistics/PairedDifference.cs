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
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += other[i] - reference[i];
        }

        var mean = sum / n;
        var squares = 0.0;
        for (var i = 0; i < n; i++)
        {
            var deviation = other[i] - reference[i] - mean;
            squares += deviation * deviation;
        }

        return Interval(mean, squares, n, z);
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
