using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>
/// Normal with mean μ and standard deviation σ ≥ 0, optionally truncated to [Min, Max]
/// (sampled by inverting the CDF on the truncated range, so one uniform per draw).
/// </summary>
public sealed record NormalDistribution(double MeanValue, double StdDev, double? Min = null, double? Max = null) : Distribution
{
    /// <inheritdoc />
    public override double Sample(ref RandomStream stream)
    {
        var u = stream.NextUniform();
        if (StdDev <= 0)
        {
            return Math.Clamp(MeanValue, Minimum, Maximum);
        }

        if (Min is null && Max is null)
        {
            return MeanValue + (StdDev * SpecialFunctions.NormalQuantile(u));
        }

        var lo = Min is { } a ? SpecialFunctions.NormalCdf((a - MeanValue) / StdDev) : 0.0;
        var hi = Max is { } b ? SpecialFunctions.NormalCdf((b - MeanValue) / StdDev) : 1.0;
        var p = lo + (u * (hi - lo));
        var x = MeanValue + (StdDev * SpecialFunctions.NormalQuantile(Math.Clamp(p, 1e-300, 1 - 1e-16)));
        return Math.Clamp(x, Minimum, Maximum);
    }

    /// <inheritdoc />
    public override double Mean
    {
        get
        {
            if ((Min is null && Max is null) || StdDev <= 0)
            {
                return Math.Clamp(MeanValue, Minimum, Maximum);
            }

            var alpha = Min is { } a ? (a - MeanValue) / StdDev : double.NegativeInfinity;
            var beta = Max is { } b ? (b - MeanValue) / StdDev : double.PositiveInfinity;
            var z = SpecialFunctions.NormalCdf(beta) - SpecialFunctions.NormalCdf(alpha);
            return MeanValue + (StdDev * (SpecialFunctions.NormalPdf(alpha) - SpecialFunctions.NormalPdf(beta)) / z);
        }
    }

    /// <inheritdoc />
    public override double Minimum => Min ?? double.NegativeInfinity;
    /// <inheritdoc />
    public override double Maximum => Max ?? double.PositiveInfinity;
    /// <inheritdoc />
    public override string Describe() => Min is null && Max is null
        ? string.Create(CultureInfo.InvariantCulture, $"normal({MeanValue:G6}, {StdDev:G6})")
        : string.Create(CultureInfo.InvariantCulture, $"normal({MeanValue:G6}, {StdDev:G6}) in [{Minimum:G6}, {Maximum:G6}]");
}
