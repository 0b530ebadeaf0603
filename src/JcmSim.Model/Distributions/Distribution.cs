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
    /// The distribution of c · X for a factor c ≥ 0: every family here is closed under scaling (a log-normal shifts its
    /// μ by ln c, the others scale their bounds, mode, mean and spread); c = 0 gives the fixed value 0. Studies use it to
    /// scale a group of inputs at once (<see cref="Scenarios.Parameters.ScenarioLevers"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative, infinite or NaN.</exception>
    public Distribution Scaled(double factor)
    {
        if (!(factor >= 0 && double.IsFinite(factor)))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A distribution can be scaled by a finite factor ≥ 0 only.");
        }

        return factor switch
        {
            0 => Fixed(0),
            1 => this,
            _ => this switch
            {
                FixedDistribution d => new FixedDistribution(d.Value * factor),
                UniformDistribution d => new UniformDistribution(d.Min * factor, d.Max * factor),
                TriangularDistribution d => new TriangularDistribution(d.Min * factor, d.Mode * factor, d.Max * factor),
                NormalDistribution d => new NormalDistribution(d.MeanValue * factor, d.StdDev * factor, d.Min * factor, d.Max * factor),
                LogNormalDistribution d => new LogNormalDistribution(d.Mu + Math.Log(factor), d.Sigma),
                BetaDistribution d => new BetaDistribution(d.Alpha, d.Beta, d.Min * factor, d.Max * factor),
                _ => throw new NotSupportedException($"{GetType().Name} cannot be scaled."),
            },
        };
    }

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
