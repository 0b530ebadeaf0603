using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>
/// Log-normal: ln X ~ Normal(Mu, Sigma), Sigma ≥ 0. Usually written in scenarios by its median
/// (e^Mu) and Sigma, or by its mean and standard deviation (<see cref="FromMeanStdDev"/>).
/// </summary>
public sealed record LogNormalDistribution(double Mu, double Sigma) : Distribution
{
    /// <summary>The log-normal with the given median (&gt; 0) and log-scale σ.</summary>
    public static LogNormalDistribution FromMedian(double median, double sigma) => new(Math.Log(median), sigma);

    /// <summary>The log-normal with the given mean (&gt; 0) and standard deviation (≥ 0).</summary>
    public static LogNormalDistribution FromMeanStdDev(double mean, double stdDev)
    {
        var s2 = Math.Log(1 + (stdDev * stdDev / (mean * mean)));
        return new LogNormalDistribution(Math.Log(mean) - (0.5 * s2), Math.Sqrt(s2));
    }

    /// <inheritdoc />
    public override double Sample(ref RandomStream stream) =>
        Math.Exp(Mu + (Sigma * SpecialFunctions.NormalQuantile(stream.NextUniform())));

    /// <inheritdoc />
    public override double Mean => Math.Exp(Mu + (0.5 * Sigma * Sigma));
    /// <summary>The median, e^Mu.</summary>
    public double Median => Math.Exp(Mu);
    /// <inheritdoc />
    public override double Minimum => 0;
    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;
    /// <inheritdoc />
    /// <remarks>exp(Mu + Sigma·Φ⁻¹(p)), Φ⁻¹ by AS 241.</remarks>
    public override double Quantile(double p)
    {
        CheckProbability(p);
        if (p == 0)
        {
            return 0;
        }

        return p == 1 ? double.PositiveInfinity : Math.Exp(Mu + (Sigma * SpecialFunctions.NormalQuantile(p)));
    }

    /// <inheritdoc />
    public override bool HasFiniteParameters() => double.IsFinite(Mu) && double.IsFinite(Sigma);

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"lognormal(median {Median:G6}, sigma {Sigma:G4})");
}
