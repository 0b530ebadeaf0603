using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class WilsonIntervalTests
{
    // z = Φ⁻¹(0.975) to double precision (Python statistics.NormalDist().inv_cdf(0.975)).
    private const double Z95 = 1.959963984540054;

    // Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score without
    // continuity correction), published to four decimals.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_Newcombe_1998_table_I(int successes, int n, double low, double high)
    {
        var interval = WilsonInterval.Compute(successes, n);

        Assert.Equal(low, interval.Low, 0.00005);
        Assert.Equal(high, interval.High, 0.00005);
    }

    [Fact]
    public void Zero_successes_give_lower_bound_zero_and_upper_bound_z2_over_n_plus_z2()
    {
        // With p̂ = 0 the score interval reduces to [0, z²/(n + z²)].
        var interval = WilsonInterval.Compute(0, 10);

        Assert.Equal(0.0, interval.Low);
        Assert.Equal(Z95 * Z95 / (10 + (Z95 * Z95)), interval.High, 1e-14);
        Assert.Equal(0.27753279986288915, interval.High, 1e-12);
    }

    [Fact]
    public void All_successes_give_upper_bound_one_and_lower_bound_n_over_n_plus_z2()
    {
        var interval = WilsonInterval.Compute(10, 10);

        Assert.Equal(10 / (10 + (Z95 * Z95)), interval.Low, 1e-14);
        Assert.Equal(1.0, interval.High);
    }

    // Reference values evaluated independently from the closed form in Python with
    // statistics.NormalDist for z.
    [Theory]
    [InlineData(5, 10, 0.95, 0.23659309051256405, 0.763406909487436)]
    [InlineData(5, 10, 0.90, 0.26927182113826736, 0.7307281788617326)]
    [InlineData(50, 100, 0.95, 0.4038315303659957, 0.5961684696340044)]
    [InlineData(60, 100, 0.95, 0.5020025867910618, 0.6905987135675411)]
    public void Matches_the_closed_form(int successes, int n, double confidence, double low, double high)
    {
        var interval = WilsonInterval.Compute(successes, n, confidence);

        Assert.Equal(low, interval.Low, 1e-12);
        Assert.Equal(high, interval.High, 1e-12);
    }

    [Theory]
    [InlineData(0, 0, 0.95)]
    [InlineData(-1, 10, 0.95)]
    [InlineData(11, 10, 0.95)]
    [InlineData(5, 10, 0.0)]
    [InlineData(5, 10, 1.0)]
    public void Rejects_impossible_arguments(int successes, int n, double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(successes, n, confidence));
    }
}
