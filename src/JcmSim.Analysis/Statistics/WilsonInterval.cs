namespace JcmSim.Analysis.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion (E. B. Wilson, "Probable inference, the law of
/// succession, and statistical inference", JASA 22, 1927; method 3 of R. G. Newcombe, "Two-sided
/// confidence intervals for the single proportion: comparison of seven methods", Statistics in
/// Medicine 17, 1998; recommended by Brown, Cai and DasGupta, Statistical Science 16(2), 2001).
/// </summary>
/// <remarks>
/// With p̂ = x/n and z = Φ⁻¹(1 − α/2):
/// <code>
/// centre    = (p̂ + z²/(2n)) / (1 + z²/n)
/// halfWidth = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²))
/// interval  = [centre − halfWidth, centre + halfWidth]
/// </code>
/// Unlike the Wald interval p̂ ± z√(p̂(1 − p̂)/n) it never leaves [0, 1], is not degenerate at x = 0 or
/// x = n, and its coverage stays close to the nominal level for the target probabilities near 0 or 1
/// that policy scenarios often produce.
/// </remarks>
public static class WilsonInterval
{
    /// <summary>The Wilson score interval for <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    /// <param name="successes">Number of successes x, 0 ≤ x ≤ n.</param>
    /// <param name="n">Number of trials, n ≥ 1.</param>
    /// <param name="confidence">Two-sided confidence level, 0 &lt; level &lt; 1; default 0.95.</param>
    /// <returns>The interval, within [0, 1]; exactly 0 as lower bound when x = 0 and 1 as upper bound when x = n.</returns>
    public static ConfidenceInterval Compute(long successes, long n, double confidence = 0.95)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The number of trials must be at least 1.");
        }

        if (successes < 0 || successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"The number of successes must lie in [0, {n}].");
        }

        var z = NormalCritical.TwoSided(confidence, nameof(confidence));
        var trials = (double)n;
        var proportion = successes / trials;
        var z2 = z * z;
        var denominator = 1 + (z2 / trials);
        var centre = (proportion + (z2 / (2 * trials))) / denominator;
        var halfWidth = z / denominator * Math.Sqrt((proportion * (1 - proportion) / trials) + (z2 / (4 * trials * trials)));

        // At x = 0 (x = n) the lower (upper) bound is exactly 0 (1) algebraically; rounding would
        // otherwise leave a value like 2.8e-17 in the result files.
        var low = successes == 0 ? 0.0 : Math.Max(0.0, centre - halfWidth);
        var high = successes == n ? 1.0 : Math.Min(1.0, centre + halfWidth);
        return new ConfidenceInterval(low, high);
    }
}
