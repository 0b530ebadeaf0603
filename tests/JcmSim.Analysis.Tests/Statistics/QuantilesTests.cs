using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class QuantilesTests
{
    // Sorted; n = 10. R: quantile(x, p, type = 7) uses h = 1 + 9p, Q = (1 − γ)·x⌊h⌋ + γ·x⌊h⌋₊₁.
    private static readonly double[] Sample = [2, 4, 4, 5, 7, 9, 10, 12, 15, 21];

    // Expected values derived by hand from that rule:
    //   p = 0.05: h = 1.45 → 0.55·2 + 0.45·4 = 2.9
    //   p = 0.25: h = 3.25 → 0.75·4 + 0.25·5 = 4.25
    //   p = 0.50: h = 5.50 → 0.5·7 + 0.5·9 = 8
    //   p = 0.75: h = 7.75 → 0.25·10 + 0.75·12 = 11.5
    //   p = 0.95: h = 9.55 → 0.45·15 + 0.55·21 = 18.3
    //   p = 2/9:  h = 3 → x₃ = 4 (x₂ = x₃ = 4, ties give the tie)
    //   p = 1/3:  h = 4 → x₄ = 5
    [Theory]
    [InlineData(0.0, 2.0)]
    [InlineData(0.05, 2.9)]
    [InlineData(0.25, 4.25)]
    [InlineData(0.5, 8.0)]
    [InlineData(0.75, 11.5)]
    [InlineData(0.95, 18.3)]
    [InlineData(1.0, 21.0)]
    [InlineData(2.0 / 9, 4.0)]
    [InlineData(1.0 / 3, 5.0)]
    public void Type7_matches_R_default(double p, double expected)
    {
        Assert.Equal(expected, Quantiles.Type7<double>(Sample, p), 1e-12);
    }

    [Fact]
    public void Summary_gives_the_five_percentiles_and_the_mean()
    {
        var summary = Quantiles.Summarize<double>(Sample);

        Assert.Equal(2.9, summary.P5, 1e-12);
        Assert.Equal(4.25, summary.P25, 1e-12);
        Assert.Equal(8.0, summary.P50, 1e-12);
        Assert.Equal(11.5, summary.P75, 1e-12);
        Assert.Equal(18.3, summary.P95, 1e-12);
        Assert.Equal(8.9, summary.Mean, 1e-12);
    }

    [Fact]
    public void Float_samples_give_the_same_quantiles()
    {
        var floats = Sample.Select(x => (float)x).ToArray();

        Assert.Equal(Quantiles.Summarize<double>(Sample), Quantiles.Summarize<float>(floats));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(101)]
    [InlineData(4_000)]
    public void Selection_gives_exactly_the_quantiles_of_sorting(int n)
    {
        // Seeded samples with many ties (values 0…19) and without, checked against the sorted path.
        var random = new Random(n);
        foreach (var ties in new[] { true, false })
        {
            var values = Enumerable.Range(0, n).Select(_ => ties ? random.Next(20) : random.NextDouble() * 1000).ToArray();
            var sorted = values.Order().ToArray();
            var expected = Quantiles.Summarize<double>(sorted);

            var selected = Quantiles.SummarizeInPlace<double>(values.ToArray());

            Assert.Equal(expected with { Mean = 0 }, selected with { Mean = 0 });
            Assert.Equal(expected.Mean, selected.Mean, 1e-9);
            foreach (var p in new[] { 0.0, 0.01, 0.5, 0.99, 1.0 })
            {
                Assert.Equal(Quantiles.Type7<double>(sorted, p), Quantiles.Type7InPlace<double>(values.ToArray(), p));
            }
        }
    }

    [Fact]
    public void Selection_matches_R_on_the_fixed_sample()
    {
        double[] shuffled = [12, 4, 21, 2, 9, 5, 15, 4, 10, 7];

        var summary = Quantiles.SummarizeInPlace<double>(shuffled);

        Assert.Equal(2.9, summary.P5, 1e-12);
        Assert.Equal(4.25, summary.P25, 1e-12);
        Assert.Equal(8.0, summary.P50, 1e-12);
        Assert.Equal(11.5, summary.P75, 1e-12);
        Assert.Equal(18.3, summary.P95, 1e-12);
        Assert.Equal(8.9, summary.Mean, 1e-12);
    }

    [Fact]
    public void Odd_sample_median_is_the_middle_value()
    {
        double[] odd = [1, 3, 3, 6, 7, 8, 9];

        Assert.Equal(6.0, Quantiles.Type7<double>(odd, 0.5));
    }

    [Fact]
    public void Single_value_is_every_quantile()
    {
        Assert.Equal(new QuantileSummary(42, 42, 42, 42, 42, 42), Quantiles.Summarize<double>([42.0]));
    }

    [Fact]
    public void Infinite_values_propagate_without_NaN()
    {
        double[] years = [2030, 2031, double.PositiveInfinity, double.PositiveInfinity];

        Assert.Equal(2030.5, Quantiles.Type7<double>(years, 1.0 / 6));
        Assert.Equal(double.PositiveInfinity, Quantiles.Type7<double>(years, 0.5));
        Assert.Equal(double.PositiveInfinity, Quantiles.Type7<double>(years, 0.9));
        Assert.Equal(double.PositiveInfinity, Quantiles.Type7InPlace<double>([double.PositiveInfinity, 2030, double.PositiveInfinity, 2031], 0.5));
    }

    [Fact]
    public void Rejects_unsorted_empty_or_NaN_samples_and_probabilities_outside_0_1()
    {
        Assert.Throws<ArgumentException>(() => Quantiles.Summarize<double>([3.0, 1.0]));
        Assert.Throws<ArgumentException>(() => Quantiles.Summarize<double>([1.0, double.NaN]));
        Assert.Throws<ArgumentException>(() => Quantiles.Summarize<double>([]));
        Assert.Throws<ArgumentException>(() => Quantiles.Type7<double>([], 0.5));
        Assert.Throws<ArgumentException>(() => Quantiles.SummarizeInPlace<double>([]));
        Assert.Throws<ArgumentException>(() => Quantiles.SummarizeInPlace<double>([1.0, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Type7<double>(Sample, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Type7<double>(Sample, double.NaN));
    }
}
