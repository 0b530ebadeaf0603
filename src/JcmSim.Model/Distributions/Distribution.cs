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

    /// <summary>
    /// The quantile function (inverse CDF): the smallest x with P(X ≤ x) ≥ <paramref name="p"/>,
    /// e.g. <c>Quantile(0.1)</c> is the P10. <c>Quantile(0)</c> is <see cref="Minimum"/> and
    /// <c>Quantile(1)</c> is <see cref="Maximum"/> (possibly infinite).
    /// </summary>
    /// <param name="p">Probability, 0 ≤ p ≤ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public abstract double Quantile(double p);

    /// <summary>Throws unless 0 ≤ <paramref name="p"/> ≤ 1.</summary>
    protected static void CheckProbability(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must be in [0, 1].");
        }
    }

    /// <summary>
    /// True when every parameter is a finite number. The model's arithmetic has no meaning for an
    /// infinite or NaN parameter (a Poisson mean of ∞ never yields a count), so a scenario holding
    /// such a distribution is refused before it runs (<see cref="Scenarios.ScenarioNumbers"/>).
    /// </summary>
    public abstract bool HasFiniteParameters();

    /// <summary>Short human-readable form, e.g. <c>triangular(1, 2, 3)</c>.</summary>
    public abstract string Describe();
}
