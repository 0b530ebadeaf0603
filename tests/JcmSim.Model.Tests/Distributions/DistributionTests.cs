using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Tests.Distributions;

public sealed class DistributionTests
{
    private const int N = 100_000;

    public static TheoryData<Distribution, double> Cases => new()
    {
        { new UniformDistribution(2, 5), 0.75 },
        { new TriangularDistribution(1, 2, 6), Math.Sqrt((1 + 4 + 36 - 2 - 6 - 12) / 18.0) },
        { new NormalDistribution(3, 2), 2 },
        { new LogNormalDistribution(0.5, 0.4), Math.Sqrt((Math.Exp(0.16) - 1) * Math.Exp(1 + 0.16)) },
        { new BetaDistribution(2, 5), Math.Sqrt(10.0 / (49 * 8)) },
        { new BetaDistribution(0.5, 0.7, 10, 20), 10 * Math.Sqrt(0.35 / (1.44 * 2.2)) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_mean_matches_the_analytic_mean_within_five_standard_errors(Distribution distribution, double standardDeviation)
    {
        var key = StreamKey.For(11, StableHash.Of(distribution.Describe()), 0, RandomPurpose.Parameter);
        var sum = 0.0;
        for (var t = 0; t < N; t++)
        {
            var stream = new RandomStream(key, t);
            var x = distribution.Sample(ref stream);
            Assert.InRange(x, distribution.Minimum, distribution.Maximum);
            sum += x;
        }

        var tolerance = 5 * standardDeviation / Math.Sqrt(N);
        Assert.InRange(sum / N, distribution.Mean - tolerance, distribution.Mean + tolerance);
    }

    [Fact]
    public void Truncated_normal_stays_in_range_and_has_its_analytic_mean()
    {
        var distribution = new NormalDistribution(0, 1, -0.5, 2);
        var key = StreamKey.For(3, 5, 0, RandomPurpose.Parameter);
        var sum = 0.0;
        for (var t = 0; t < N; t++)
        {
            var stream = new RandomStream(key, t);
            var x = distribution.Sample(ref stream);
            Assert.InRange(x, -0.5, 2);
            sum += x;
        }

        // The truncated normal's sd is below 1: one is a safe upper bound for the standard error.
        Assert.InRange(sum / N, distribution.Mean - (5 / Math.Sqrt(N)), distribution.Mean + (5 / Math.Sqrt(N)));
    }

    [Theory]
    [InlineData(1e-12)]
    [InlineData(0.001)]
    [InlineData(0.025)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999999)]
    public void Normal_quantile_agrees_with_MathNet(double p)
    {
        var expected = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);

        Assert.Equal(expected, SpecialFunctions.NormalQuantile(p), 1e-9);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4)]
    [InlineData(29.5)]
    [InlineData(80)]
    public void Poisson_counts_have_mean_and_variance_lambda(double lambda)
    {
        var key = StreamKey.For(5, StableHash.Of("poisson"), 0, RandomPurpose.OpportunityCount);
        double sum = 0, sumSquares = 0;
        for (var t = 0; t < N; t++)
        {
            var stream = new RandomStream(key, t);
            var k = SpecialFunctions.SamplePoisson(lambda, ref stream);
            sum += k;
            sumSquares += (double)k * k;
        }

        var mean = sum / N;
        var variance = (sumSquares / N) - (mean * mean);
        var meanTolerance = 5 * Math.Sqrt(lambda / N);
        // Var of the sample variance of a Poisson ≈ (λ + 2λ²)/N.
        var varianceTolerance = 5 * Math.Sqrt((lambda + (2 * lambda * lambda)) / N);
        Assert.InRange(mean, lambda - meanTolerance, lambda + meanTolerance);
        Assert.InRange(variance, lambda - varianceTolerance, lambda + varianceTolerance);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e300)]
    public void Poisson_with_a_mean_that_has_no_count_is_refused_instead_of_looping(double lambda)
    {
        var stream = new RandomStream(StreamKey.For(5, StableHash.Of("poisson"), 0, RandomPurpose.OpportunityCount), 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.SamplePoisson(lambda, ref stream));
    }

    [Fact]
    public void Log_normal_factories_agree_with_their_definitions()
    {
        var byMedian = LogNormalDistribution.FromMedian(20_000, 0.5);
        var byMoments = LogNormalDistribution.FromMeanStdDev(100, 30);

        Assert.Equal(20_000, byMedian.Median, 1e-9);
        Assert.Equal(100, byMoments.Mean, 1e-9);
        Assert.Equal(30, Math.Sqrt((Math.Exp(byMoments.Sigma * byMoments.Sigma) - 1) * Math.Exp((2 * byMoments.Mu) + (byMoments.Sigma * byMoments.Sigma))), 1e-9);
    }
}
