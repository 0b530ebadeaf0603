using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class QuantileSketchTests
{
    private static readonly double[] Probabilities = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];

    public static TheoryData<string> Samples => new() { "lognormal", "zeros-and-positives", "mixed-signs", "integers", "constant" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Quantiles_are_within_the_relative_accuracy_of_the_exact_type7_quantiles(string kind)
    {
        var values = Sample(kind, 20_000);
        var sketch = new QuantileSketch();
        foreach (var value in values)
        {
            sketch.Add(value);
        }

        var sorted = values.Order().ToArray();
        foreach (var p in Probabilities)
        {
            // Type 7 interpolates between the values at ranks ⌊h⌋ and ⌈h⌉; each is read back within α.
            var h = (sorted.Length - 1) * p;
            var bound = QuantileSketch.RelativeAccuracy * Math.Max(Math.Abs(sorted[(int)Math.Floor(h)]), Math.Abs(sorted[(int)Math.Ceiling(h)]));
            var exact = Quantiles.Type7<double>(sorted, p);
            Assert.InRange(sketch.Quantile(p), exact - bound - 1e-15, exact + bound + 1e-15);
        }

        Assert.Equal(values.Length, sketch.Count);
    }

    [Fact]
    public void Zero_and_exact_ties_come_back_exactly()
    {
        var sketch = new QuantileSketch();
        for (var i = 0; i < 100; i++)
        {
            sketch.Add(i < 60 ? 0 : 5);
        }

        Assert.Equal(0, sketch.Quantile(0.5));
        Assert.Equal(5, sketch.Quantile(0.95), 5 * QuantileSketch.RelativeAccuracy);
        Assert.Equal(sketch.Quantile(0.7), sketch.Quantile(0.99));
    }

    [Fact]
    public void Memory_is_bounded_and_values_far_below_the_largest_fall_into_the_lowest_bucket()
    {
        // 40 decades of magnitudes: the window keeps the top MaxBuckets buckets (about 8 decades).
        var sketch = new QuantileSketch();
        for (var e = -30; e <= 10; e++)
        {
            sketch.Add(Math.Pow(10, e));
        }

        Assert.Equal(1e10, sketch.Quantile(1), 1e10 * QuantileSketch.RelativeAccuracy);
        Assert.Equal(1e5, sketch.Quantile(35.0 / 40), 1e5 * QuantileSketch.RelativeAccuracy);

        // The smallest values are reported at the lowest kept bucket, about 10^(10 − 8192·log10 γ).
        var lowest = sketch.Quantile(0);
        Assert.InRange(Math.Log10(lowest), 10 - (QuantileSketch.MaxBuckets * Math.Log10((1 + QuantileSketch.RelativeAccuracy) / (1 - QuantileSketch.RelativeAccuracy))) - 0.01, 2.95);
    }

    [Fact]
    public void Same_values_in_the_same_order_give_identical_quantiles()
    {
        var values = Sample("lognormal", 5_000);
        var first = new QuantileSketch();
        var second = new QuantileSketch();
        foreach (var value in values)
        {
            first.Add(value);
            second.Add(value);
        }

        Assert.Equal(first.Summarize(1), second.Summarize(1));
    }

    [Fact]
    public void Rejects_non_finite_values_and_an_empty_sketch()
    {
        var sketch = new QuantileSketch();

        Assert.Throws<InvalidOperationException>(() => sketch.Quantile(0.5));
        Assert.Throws<ArgumentException>(() => sketch.Add(double.NaN));
        Assert.Throws<ArgumentException>(() => sketch.Add(double.PositiveInfinity));
    }

    private static double[] Sample(string kind, int n)
    {
        var random = new Random(20261123);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Enumerable.Range(0, n).Select(_ => kind switch
        {
            "lognormal" => Math.Exp(2 + (1.5 * Normal())),
            "zeros-and-positives" => random.NextDouble() < 0.3 ? 0 : 40 * random.NextDouble(),
            "mixed-signs" => 10 * Normal(),
            "integers" => Math.Floor(50 * random.NextDouble()),
            _ => 3.25,
        }).ToArray();
    }
}
