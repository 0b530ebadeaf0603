using System.Text.Json.Serialization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>
/// An uncertain quantity. Small immutable types validated at construction, sampled from a
/// counter-based <see cref="RandomStream"/> (never from a shared generator).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "dist")]
[JsonDerivedType(typeof(FixedDistribution), "fixed")]
[JsonDerivedType(typeof(UniformDistribution), "uniform")]
[JsonDerivedType(typeof(TriangularDistribution), "triangular")]
[JsonDerivedType(typeof(NormalDistribution), "normal")]
[JsonDerivedType(typeof(LogNormalDistribution), "lognormal")]
[JsonDerivedType(typeof(BetaDistribution), "beta")]
public abstract record Distribution
{
    /// <summary>Draws one value, advancing <paramref name="stream"/>.</summary>
    public abstract double Sample(ref RandomStream stream);

    /// <summary>The expected value.</summary>
    [JsonIgnore]
    public abstract double Mean { get; }

    /// <summary>The smallest value the distribution can take (may be −∞).</summary>
    [JsonIgnore]
    public abstract double Minimum { get; }

    /// <summary>The largest value the distribution can take (may be +∞).</summary>
    [JsonIgnore]
    public abstract double Maximum { get; }

    /// <summary>True when every draw gives the same value.</summary>
    [JsonIgnore]
    public virtual bool IsFixed => false;

    /// <summary>A fixed value.</summary>
    public static Distribution Fixed(double value) => new FixedDistribution(value);

    /// <summary>Short human-readable form, e.g. <c>triangular(1, 2, 3)</c>.</summary>
    public abstract string Describe();
}
