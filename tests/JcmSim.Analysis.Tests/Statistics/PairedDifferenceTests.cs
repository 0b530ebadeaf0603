using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class PairedDifferenceTests
{
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
    }
}
