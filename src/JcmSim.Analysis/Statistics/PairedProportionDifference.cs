namespace JcmSim.Analysis.Statistics;

/// <summary>
/// Tango's asymptotic score interval for the difference of two paired proportions: P(target met)
/// in one scenario minus the reference, both run under common random numbers (T. Tango,
/// "Equivalence test and confidence interval for the difference in proportions for the
/// paired-sample design", Statistics in Medicine 17, 1998; corrected in 18, 1999; recommended by
/// M. W. Fagerland, S. Lydersen and P. Laake, "Recommended tests and confidence intervals for paired
/// binomial proportions", Statistics in Medicine 33, 2014, over Newcombe's hybrid score method 10).
/// </summary>
/// <remarks>
/// With n pairs, b pairs where only the other scenario meets the target and c where only the
/// reference does, the estimate is Δ̂ = (b − c)/n and the interval is every Δ whose score statistic
/// <code>
/// Z(Δ)  = (b − c − nΔ) / √(n (2 p̃(Δ) + Δ(1 − Δ)))
/// p̃(Δ) = (√(W² + 8 n c Δ(1 − Δ)) − W) / (4n),   W = −b − c + (2n − b + c) Δ
/// </code>
/// satisfies |Z(Δ)| ≤ z = Φ⁻¹(1 − α/2); p̃ is the maximum-likelihood estimate of the probability
/// that only the reference meets the target, given the difference Δ. Z falls as Δ grows, so each
/// bound is found by bisection. Unlike the normal (Wald) interval of the mean difference, which has
/// zero width when no pair is discordant, the score interval never collapses: with b = c = 0 it is
/// ±z²/(n + z²), the Wilson bound of 0 out of n. It stays within [−1, 1].
/// </remarks>
public static class PairedProportionDifference
{
    /// <summary>The interval for paired indicators (false = not met, true = met).</summary>
    /// <param name="reference">Whether the reference meets the target in trial i, i = 1…n.</param>
    /// <param name="other">Whether the other scenario meets it in the same trial.</param>
    /// <param name="confidence">Two-sided confidence level, 0 &lt; level &lt; 1; default 0.95.</param>
    /// <exception cref="ArgumentException">The samples differ in length or are empty.</exception>
    public static PairedDifferenceInterval Compute(ReadOnlySpan<bool> reference, ReadOnlySpan<bool> other, double confidence = 0.95)
    {
        if (reference.Length != other.Length)
        {
            throw new ArgumentException($"Paired samples must have the same length ({reference.Length} ≠ {other.Length}).");
        }

        long onlyOther = 0;
        long onlyReference = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            onlyOther += other[i] && !reference[i] ? 1 : 0;
            onlyReference += reference[i] && !other[i] ? 1 : 0;
        }

        return Compute(onlyOther, onlyReference, reference.Length, confidence);
    }

    /// <summary>The interval from the counts of discordant pairs.</summary>
    /// <param name="onlyOther">b: pairs where only the other scenario meets the target.</param>
    /// <param name="onlyReference">c: pairs where only the reference meets it.</param>
    /// <param name="pairs">n ≥ 1, with b + c ≤ n.</param>
    /// <param name="confidence">Two-sided confidence level, 0 &lt; level &lt; 1; default 0.95.</param>
    /// <returns>Δ̂ with its bounds; Low &lt; High always.</returns>
    public static PairedDifferenceInterval Compute(long onlyOther, long onlyReference, int pairs, double confidence = 0.95)
    {
        if (pairs < 1)
        {
            throw new ArgumentException("A paired interval needs at least one pair.", nameof(pairs));
        }

        if (onlyOther < 0 || onlyReference < 0 || onlyOther + onlyReference > pairs)
        {
            throw new ArgumentOutOfRangeException(nameof(onlyOther), $"The discordant pairs ({onlyOther} + {onlyReference}) must be non-negative and at most the {pairs} pairs.");
        }

        var z = NormalCritical.TwoSided(confidence, nameof(confidence));
        var score = new Score(onlyOther, onlyReference, pairs);
        var estimate = (double)(onlyOther - onlyReference) / pairs;

        // Z(−1⁺) = +∞ unless every pair has only the reference meeting the target (Δ̂ = −1), and Z(1⁻) = −∞ likewise.
        var low = estimate <= -1 ? -1.0 : Bisect(-1, estimate, d => score.At(d) > z);
        var high = estimate >= 1 ? 1.0 : Bisect(estimate, 1, d => score.At(d) >= -z);
        return new PairedDifferenceInterval(estimate, low, high, pairs);
    }

    // The boundary between an interval [lo, hi] whose left part satisfies the predicate and whose right part does not.
    private static double Bisect(double lo, double hi, Func<double, bool> leftOfBoundary)
    {
        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (leftOfBoundary(mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    private readonly record struct Score(long OnlyOther, long OnlyReference, int Pairs)
    {
        public double At(double difference)
        {
            double b = OnlyOther, c = OnlyReference, n = Pairs;
            var spread = difference * (1 - difference);
            var w = -b - c + (((2 * n) - b + c) * difference);
            var root = Math.Sqrt(Math.Max(0, (w * w) + (8 * n * c * spread)));

            // (√(W² + e) − W) cancels when W > 0; the equal form e / (√(W² + e) + W) does not.
            var onlyReferenceProbability = w > 0 ? 2 * c * spread / (root + w) : (root - w) / (4 * n);
            var variance = n * ((2 * onlyReferenceProbability) + spread);
            var numerator = b - c - (n * difference);
            return variance > 0 ? numerator / Math.Sqrt(variance) : numerator == 0 ? 0 : numerator * double.PositiveInfinity;
        }
    }
}
