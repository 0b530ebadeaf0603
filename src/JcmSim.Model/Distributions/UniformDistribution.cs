using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>Uniform on [Min, Max]; requires Min ≤ Max.</summary>
public sealed record UniformDistribution(double Min, double Max) : Distribution
{
    /// <inheritdoc />
    public override double Sample(ref RandomStream stream) => Min + ((Max - Min) * stream.NextUniform());
    /// <inheritdoc />
    public override double Mean => 0.5 * (Min + Max);
    /// <inheritdoc />
    public override double Minimum => Min;
    /// <inheritdoc />
    public override double Maximum => Max;
    /// <inheritdoc />
    public override double Quantile(double p)
    {
        CheckProbability(p);
        return Min + ((Max - Min) * p);
    }

    /// <inheritdoc />
    public override bool HasFiniteParameters() => double.IsFinite(Min) && double.IsFinite(Max);

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform({Min:G6}, {Max:G6})");
}
