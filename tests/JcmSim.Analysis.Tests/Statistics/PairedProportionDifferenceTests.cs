using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class PairedProportionDifferenceTests
{
    private const double Z95 = 1.959963984540054;

    [Fact]
    public void No_discordant_pair_gives_a_positive_width_interval_of_the_wilson_bound_of_zero()
    {
        // Given 300 pairs that all agree (as baseline and private-finance-high do when neither meets a target).
        // When the paired interval is computed.
        var result = PairedProportionDifference.Compute(onlyOther: 0, onlyReference: 0, pairs: 300);

        // Then it is ±z²/(n + z²) = ±0.01264 (Z(Δ) = −√(nΔ/(1 − Δ)) = −z at Δ = z²/(n + z²)), not "0 [0, 0]".
        var bound = Z95 * Z95 / (300 + (Z95 * Z95));
        Assert.Equal(0, result.Mean);
        Assert.Equal(-bound, result.Low, 1e-12);
        Assert.Equal(bound, result.High, 1e-12);
        Assert.True(result.High - result.Low > 0.025);
    }

    [Fact]
    public void Indicators_and_counts_give_the_same_interval()
    {
        // Pairs (reference, other): (1,1), (1,0), (0,1), (0,1), (1,1): b = 2 only other, c = 1 only reference.
        bool[] reference = [true, true, false, false, true];
        bool[] other = [true, false, true, true, true];

        var fromIndicators = PairedProportionDifference.Compute(reference, other);

        Assert.Equal(PairedProportionDifference.Compute(2, 1, 5), fromIndicators);
        Assert.Equal(0.2, fromIndicators.Mean, 1e-15);
        Assert.Equal(5, fromIndicators.Pairs);
    }

    [Theory]
    [InlineData(3, 1, 100, -0.028124043142367397, 0.07604788384787367)]
    [InlineData(0, 0, 300, -0.012642971224546037, 0.012642971224546037)]
    public void Matches_an_independent_implementation_of_tangos_score_interval(long b, long c, int n, double low, double high)
    {
        // Reference values from a separate implementation (Python, bisection on the same score statistic).
        var result = PairedProportionDifference.Compute(b, c, n);

        Assert.Equal(low, result.Low, 1e-9);
        Assert.Equal(high, result.High, 1e-9);
    }

    [Theory]
    [InlineData(12, 4, 200)]
    [InlineData(40, 3, 1_000)]
    [InlineData(1, 9, 50)]
    public void Bounds_are_where_the_score_statistic_reaches_the_critical_value(long b, long c, int n)
    {
        var result = PairedProportionDifference.Compute(b, c, n);

        Assert.Equal(Z95, Score(b, c, n, result.Low), 1e-6);
        Assert.Equal(-Z95, Score(b, c, n, result.High), 1e-6);
        Assert.InRange(result.Mean, result.Low, result.High);
    }

    [Fact]
    public void Stays_within_minus_one_and_one_when_every_pair_is_discordant_one_way()
    {
        var result = PairedProportionDifference.Compute(onlyOther: 20, onlyReference: 0, pairs: 20);

        Assert.Equal(1, result.Mean);
        Assert.Equal(1, result.High);
        Assert.InRange(result.Low, 0.5, 1 - 1e-3);
    }

    [Fact]
    public void One_pair_has_an_interval()
    {
        var result = PairedProportionDifference.Compute([false], [true]);

        Assert.Equal(1, result.Mean);
        Assert.True(result.Low < 1 && result.Low > -1);
    }

    [Fact]
    public void Rejects_impossible_counts()
    {
        Assert.Throws<ArgumentException>(() => PairedProportionDifference.Compute(0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedProportionDifference.Compute(3, 2, 4));
        Assert.Throws<ArgumentException>(() => PairedProportionDifference.Compute([true], [true, false]));
    }

    // Tango's statistic written out directly (textbook form, without the cancellation guard).
    private static double Score(double b, double c, double n, double d)
    {
        var w = -b - c + (((2 * n) - b + c) * d);
        var p = (Math.Sqrt((w * w) + (8 * n * c * d * (1 - d))) - w) / (4 * n);
        return (b - c - (n * d)) / Math.Sqrt(n * ((2 * p) + (d * (1 - d))));
    }
}
