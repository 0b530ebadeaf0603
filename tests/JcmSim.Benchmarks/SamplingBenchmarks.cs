using BenchmarkDotNet.Attributes;
using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;

namespace JcmSim.Benchmarks;

/// <summary>The random-number building blocks every opportunity and project uses, per 1,000 draws.</summary>
[MemoryDiagnoser]
public class SamplingBenchmarks
{
    private const int Draws = 1000;
    private readonly StreamKey _key = StreamKey.For(1, StableHash.Of("bench"), 2030, RandomPurpose.OpportunityAttributes);
    private readonly Distribution _logNormal = LogNormalDistribution.FromMedian(3000, 1.0);
    private readonly Distribution _truncatedNormal = new NormalDistribution(0.07, 0.025, -0.05, 0.2);
    private readonly Distribution _triangular = new TriangularDistribution(80_000, 130_000, 220_000);

    /// <summary>Uniforms: Philox4x32-10 blocks, two uniforms each.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double Uniform() => Sum(static (ref RandomStream s) => s.NextUniform());

    /// <summary>Log-normal project sizes.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double LogNormal() => Draw(_logNormal);

    /// <summary>Truncated normal returns and performance ratios.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double TruncatedNormal() => Draw(_truncatedNormal);

    /// <summary>Triangular capital costs.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double Triangular() => Draw(_triangular);

    /// <summary>Poisson opportunity counts at a typical rate.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public double Poisson() => Sum(static (ref RandomStream s) => SpecialFunctions.SamplePoisson(2.5, ref s));

    private delegate double Sampler(ref RandomStream stream);

    private double Draw(Distribution distribution)
    {
        var sum = 0.0;
        for (var t = 0; t < Draws; t++)
        {
            var stream = new RandomStream(_key, t);
            sum += distribution.Sample(ref stream);
        }

        return sum;
    }

    private double Sum(Sampler sampler)
    {
        var sum = 0.0;
        for (var t = 0; t < Draws; t++)
        {
            var stream = new RandomStream(_key, t);
            sum += sampler(ref stream);
        }

        return sum;
    }
}
