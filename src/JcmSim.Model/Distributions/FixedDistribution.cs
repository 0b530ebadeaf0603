using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>A known value: no uncertainty.</summary>
public sealed record FixedDistribution(double Value) : Distribution
{
    /// <inheritdoc />
    public override double Sample(ref RandomStream stream) => Value;
    /// <inheritdoc />
    public override double Mean => Value;
    /// <inheritdoc />
    public override double Minimum => Value;
    /// <inheritdoc />
    public override double Maximum => Value;
    /// <inheritdoc />
    public override bool IsFixed => true;
    /// <inheritdoc />
    public override double Quantile(double p)
    {
        CheckProbability(p);
        return Value;
    }

    /// <inheritdoc />
    public override bool HasFiniteParameters() => double.IsFinite(Value);

    /// <inheritdoc />
    public override string Describe() => Value.ToString("G6", CultureInfo.InvariantCulture);
}
