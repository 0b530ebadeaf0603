using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class PairedDifferenceTests
{
    private const double Z95 = 1.959963984540054;

    [Fact]
    public void Indicator_pairs_give_mean_difference_with_normal_interval()
    {
        // d = other − reference = [0, −1, 1, 1, 0]: d̄ = 0.2,
        // s² = (0.04 + 1.44 + 0.64 + 0.64 + 0.04) / 4 = 0.7, SE = √(0.7 / 5) = √0.14.
        bool[] reference = [true, true, false, false, true];
        bool[] other = [true, false, true, true, true];

        var result = PairedDifference.Compute(reference, other);

        Assert.Equal(0.2, result.Mean, 1e-15);
        Assert.Equal(0.2 - (Z95 * Math.Sqrt(0.14)), result.Low, 1e-12);
        Assert.Equal(0.2 + (Z95 * Math.Sqrt(0.14)), result.High, 1e-12);
        Assert.Equal(5, result.Pairs);
    }

    [Fact]
    public void Real_pairs_agree_with_the_indicator_formula()
    {
        double[] reference = [1, 1, 0, 0, 1];
        double[] other = [1, 0, 1, 1, 1];

        var real = PairedDifference.Compute(reference, other);
        var indicator = PairedDifference.Compute([true, true, false, false, true], [true, false, true, true, true]);

        Assert.Equal(indicator.Mean, real.Mean, 1e-15);
        Assert.Equal(indicator.Low, real.Low, 1e-12);
        Assert.Equal(indicator.High, real.High, 1e-12);
    }

    [Fact]
    public void Constant_difference_has_zero_width()
    {
        var result = PairedDifference.Compute([1.0, 2.0, 3.0], [11.0, 12.0, 13.0]);

        Assert.Equal(new PairedDifferenceInterval(10, 10, 10, 3), result);
    }

    [Fact]
    public void Needs_two_pairs_of_equal_length()
    {
        Assert.Throws<ArgumentException>(() => PairedDifference.Compute([1.0], [2.0]));
        Assert.Throws<ArgumentException>(() => PairedDifference.Compute([1.0, 2.0], [2.0]));
        Assert.Throws<ArgumentException>(() => PairedDifference.Compute([true], [false]));
    }
}
