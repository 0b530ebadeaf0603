using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;
using MathNet.Numerics.Distributions;
using MnSpecial = MathNet.Numerics.SpecialFunctions;

namespace JcmSim.Model.Tests.Distributions;

public sealed class QuantileTests
{
    private static readonly double[] Probabilities = [1e-9, 1e-6, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-6];

    public static TheoryData<double, double> BetaShapes => new()
    {
        { 2, 5 },
        { 0.5, 0.7 },
        { 0.3, 3 },
        { 3, 0.3 },
        { 1, 1 },
        { 1, 4 },
        { 50, 80 },
        { 400, 25 },
        { 0.05, 0.05 },
    };

    [Theory]
    [MemberData(nameof(BetaShapes))]
    public void Regularized_incomplete_beta_matches_MathNet(double a, double b)
    {
        foreach (var x in new[] { 1e-8, 0.001, 0.05, 0.2, 0.5, 0.7, 0.95, 0.999, 1 - 1e-9 })
        {
            var expected = MnSpecial.BetaRegularized(a, b, x);
            var actual = SpecialFunctions.RegularizedIncompleteBeta(a, b, x);
            Assert.True(Math.Abs(actual - expected) <= 1e-12 + (1e-10 * expected), $"I_{x}({a}, {b}) = {actual}, MathNet {expected}");
        }
    }

    [Theory]
    [MemberData(nameof(BetaShapes))]
    public void Beta_quantile_matches_MathNet_and_inverts_the_cdf(double a, double b)
    {
        var distribution = new BetaDistribution(a, b);
        foreach (var p in Probabilities)
        {
            var actual = distribution.Quantile(p);
            Assert.InRange(actual, 0, 1);

            // Round trip: the CDF at the quantile gives p back. Near 1 a double cannot resolve 1 − x,
            // so the upper tail is checked through the mirror image Q(p; a, b) = 1 − Q(1 − p; b, a).
            if (actual <= 0.5)
            {
                var roundTrip = MnSpecial.BetaRegularized(a, b, actual);
                Assert.True(Math.Abs(roundTrip - p) <= 1e-11 + (1e-9 * p), $"I(Q({p})) = {roundTrip} for beta({a}, {b})");
            }
            else
            {
                var mirror = new BetaDistribution(b, a).Quantile(1 - p);
                // For large shapes I_x(a, b) carries ~1e-11 absolute error from ln Γ of hundreds, so two
                // root searches from different sides can land that far apart: compare at 1e-9.
                Assert.Equal(1 - mirror, actual, 1e-9);
                var roundTrip = MnSpecial.BetaRegularized(b, a, mirror);
                Assert.True(Math.Abs(roundTrip - (1 - p)) <= 1e-11 + (1e-9 * (1 - p)), $"I(Q({1 - p})) = {roundTrip} for beta({b}, {a})");
            }

            // MathNet's InvCDF is itself a root search with a looser tolerance: compare where the
            // density is not extreme, in relative terms.
            if (p is >= 0.001 and <= 0.999)
            {
                var expected = Beta.InvCDF(a, b, p);
                Assert.True(Math.Abs(actual - expected) <= 1e-7 * Math.Max(expected, 1e-3), $"Q({p}) = {actual}, MathNet {expected} for beta({a}, {b})");
            }
        }
    }

    [Fact]
    public void Scaled_beta_quantile_is_the_unit_quantile_mapped_to_the_range()
    {
        var unit = new BetaDistribution(2, 3);
        var scaled = new BetaDistribution(2, 3, 10, 30);
        foreach (var p in Probabilities)
        {
            Assert.Equal(10 + (20 * unit.Quantile(p)), scaled.Quantile(p), 12);
        }
    }

    [Fact]
    public void Uniform_quantile_matches_MathNet()
    {
        var distribution = new UniformDistribution(2, 7);
        foreach (var p in Probabilities)
        {
            Assert.Equal(ContinuousUniform.InvCDF(2, 7, p), distribution.Quantile(p), 12);
        }
    }

    [Theory]
    [InlineData(1, 2, 6)]
    [InlineData(0, 0, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(0.85, 0.92, 1)]
    public void Triangular_quantile_matches_MathNet(double min, double mode, double max)
    {
        var distribution = new TriangularDistribution(min, mode, max);
        foreach (var p in Probabilities)
        {
            Assert.Equal(Triangular.InvCDF(min, max, mode, p), distribution.Quantile(p), 10);
        }
    }

    [Fact]
    public void Normal_quantile_matches_MathNet()
    {
        var distribution = new NormalDistribution(3, 2);
        foreach (var p in Probabilities)
        {
            var expected = Normal.InvCDF(3, 2, p);
            Assert.True(Math.Abs(distribution.Quantile(p) - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"Q({p})");
        }
    }

    [Theory]
    [InlineData(0.92, 0.08, 0.5, 1.2)]
    [InlineData(0.0, 1.0, -0.5, 2.0)]
    [InlineData(-0.08, 0.03, -0.2, 0.05)]
    public void Truncated_normal_quantile_inverts_the_truncated_cdf(double mean, double sd, double min, double max)
    {
        var distribution = new NormalDistribution(mean, sd, min, max);
        var low = Normal.CDF(mean, sd, min);
        var high = Normal.CDF(mean, sd, max);
        foreach (var p in Probabilities)
        {
            var x = distribution.Quantile(p);
            Assert.InRange(x, min, max);
            var cdf = (Normal.CDF(mean, sd, x) - low) / (high - low);

            // NormalCdf's erfc has a relative error below 1.2e-7 (SpecialFunctions.Erfc).
            Assert.True(Math.Abs(cdf - p) <= 1e-6, $"F(Q({p})) = {cdf}");
        }

        Assert.Equal(min, distribution.Quantile(0));
        Assert.Equal(max, distribution.Quantile(1));
    }

    [Fact]
    public void LogNormal_quantile_matches_MathNet()
    {
        var distribution = LogNormalDistribution.FromMedian(3000, 1.0);
        foreach (var p in Probabilities)
        {
            var expected = LogNormal.InvCDF(distribution.Mu, distribution.Sigma, p);
            Assert.True(Math.Abs(distribution.Quantile(p) - expected) <= 1e-9 * expected, $"Q({p})");
        }

        Assert.Equal(3000, distribution.Quantile(0.5), 9);
        Assert.Equal(0, distribution.Quantile(0));
        Assert.Equal(double.PositiveInfinity, distribution.Quantile(1));
    }

    [Fact]
    public void Fixed_quantile_is_its_value_at_every_probability()
    {
        var distribution = Distribution.Fixed(0.5);
        Assert.All(Probabilities, p => Assert.Equal(0.5, distribution.Quantile(p)));
    }

    public static TheoryData<Distribution> All => new()
    {
        Distribution.Fixed(1),
        new UniformDistribution(0, 1),
        new TriangularDistribution(0, 1, 3),
        new NormalDistribution(0, 1),
        new NormalDistribution(0, 1, -1, 1),
        new LogNormalDistribution(0, 1),
        new BetaDistribution(2, 2),
    };

    [Theory]
    [MemberData(nameof(All))]
    public void Quantile_rejects_probabilities_outside_the_unit_interval(Distribution distribution)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => distribution.Quantile(-0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => distribution.Quantile(1.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => distribution.Quantile(double.NaN));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Quantile_is_monotone_and_within_the_support(Distribution distribution)
    {
        var previous = double.NegativeInfinity;
        for (var i = 0; i <= 1000; i++)
        {
            var x = distribution.Quantile(i / 1000.0);
            Assert.True(x >= previous, $"Q({i / 1000.0}) = {x} < {previous}");
            Assert.InRange(x, distribution.Minimum, distribution.Maximum);
            previous = x;
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Share_of_samples_below_the_P10_and_P90_is_about_ten_and_ninety_percent(Distribution distribution)
    {
        if (distribution.IsFixed)
        {
            return;
        }

        const int N = 40_000;
        var p10 = distribution.Quantile(0.1);
        var p90 = distribution.Quantile(0.9);
        var key = StreamKey.For(5, StableHash.Of(distribution.Describe()), 0, RandomPurpose.Parameter);
        int below10 = 0, below90 = 0;
        for (var t = 0; t < N; t++)
        {
            var stream = new RandomStream(key, t);
            var x = distribution.Sample(ref stream);
            below10 += x <= p10 ? 1 : 0;
            below90 += x <= p90 ? 1 : 0;
        }

        // Five binomial standard errors: sqrt(0.09 / N) = 0.0015.
        Assert.InRange(below10 / (double)N, 0.1 - 0.0075, 0.1 + 0.0075);
        Assert.InRange(below90 / (double)N, 0.9 - 0.0075, 0.9 + 0.0075);
    }

    [Fact]
    public void LogGamma_matches_MathNet()
    {
        foreach (var x in new[] { 1e-6, 0.1, 0.5, 1, 1.5, 2, 7.3, 30, 171.5, 1e5 })
        {
            var expected = MnSpecial.GammaLn(x);
            Assert.True(Math.Abs(SpecialFunctions.LogGamma(x) - expected) <= 1e-13 * Math.Max(1, Math.Abs(expected)), $"lnΓ({x})");
        }
    }
}
