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

    [Fact]
    public void Pairs_read_in_chunks_give_the_interval_of_one_span()
    {
        var random = new Random(5);
        var reference = Enumerable.Range(0, 1_001).Select(_ => random.NextDouble() * 100).ToArray();
        var other = reference.Select(r => r + (random.NextDouble() * 3) - 1).ToArray();

        var chunked = PairedDifference.Compute(reference.Length, pass =>
        {
            for (var first = 0; first < reference.Length; first += 97)
            {
                var count = Math.Min(97, reference.Length - first);
                pass(reference.AsSpan(first, count), other.AsSpan(first, count));
            }
        });

        Assert.Equal(PairedDifference.Compute(reference, other), chunked);
        Assert.Throws<InvalidOperationException>(() => PairedDifference.Compute(reference.Length + 1, pass => pass(reference, other)));
    }
}
