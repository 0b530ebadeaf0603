using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>
/// Beta(Alpha, Beta) with Alpha, Beta &gt; 0, scaled to [Min, Max] (default [0, 1]). Sampled as
/// G₁/(G₁+G₂) of two gamma variates (Marsaglia–Tsang), which draws a variable number of uniforms
/// from the stream: fine, because the stream is keyed, not shared.
/// </summary>
public sealed record BetaDistribution(double Alpha, double Beta, double Min = 0, double Max = 1) : Distribution
{
    /// <inheritdoc />
    public override double Sample(ref RandomStream stream)
    {
        var x = SpecialFunctions.SampleGamma(Alpha, ref stream);
        var y = SpecialFunctions.SampleGamma(Beta, ref stream);
        var fraction = x + y > 0 ? x / (x + y) : 0.5;
        return Min + ((Max - Min) * fraction);
    }

    /// <inheritdoc />
    public override double Mean => Min + ((Max - Min) * Alpha / (Alpha + Beta));
    /// <inheritdoc />
    public override double Minimum => Min;
    /// <inheritdoc />
    public override double Maximum => Max;
    /// <inheritdoc />
    /// <remarks>Min + (Max − Min)·I⁻¹(p; α, β), the inverse of the regularized incomplete beta function (<see cref="SpecialFunctions.InverseRegularizedIncompleteBeta"/>).</remarks>
    public override double Quantile(double p)
    {
        CheckProbability(p);
        return Min + ((Max - Min) * SpecialFunctions.InverseRegularizedIncompleteBeta(Alpha, Beta, p));
    }

    /// <inheritdoc />
    public override bool HasFiniteParameters() => double.IsFinite(Alpha) && double.IsFinite(Beta) && double.IsFinite(Min) && double.IsFinite(Max);

    /// <inheritdoc />
    public override string Describe() => Min == 0 && Max == 1
        ? string.Create(CultureInfo.InvariantCulture, $"beta({Alpha:G6}, {Beta:G6})")
        : string.Create(CultureInfo.InvariantCulture, $"beta({Alpha:G6}, {Beta:G6}) on [{Min:G6}, {Max:G6}]");
}
