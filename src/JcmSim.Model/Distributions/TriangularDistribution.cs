using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>Triangular on [Min, Max] with peak at Mode; requires Min ≤ Mode ≤ Max.</summary>
public sealed record TriangularDistribution(double Min, double Mode, double Max) : Distribution
{
    /// <inheritdoc />
    public override double Sample(ref RandomStream stream)
    {
        var u = stream.NextUniform();
        var width = Max - Min;
        if (width <= 0)
        {
            return Min;
        }

        var split = (Mode - Min) / width;
        return u < split
            ? Min + Math.Sqrt(u * width * (Mode - Min))
            : Max - Math.Sqrt((1 - u) * width * (Max - Mode));
    }

    /// <inheritdoc />
    public override double Mean => (Min + Mode + Max) / 3.0;
    /// <inheritdoc />
    public override double Minimum => Min;
    /// <inheritdoc />
    public override double Maximum => Max;
    /// <inheritdoc />
    /// <remarks>The same inverse CDF that <see cref="Sample"/> applies to its uniform.</remarks>
    public override double Quantile(double p)
    {
        CheckProbability(p);
        var width = Max - Min;
        if (width <= 0)
        {
            return Min;
        }

        var split = (Mode - Min) / width;
        return p < split
            ? Min + Math.Sqrt(p * width * (Mode - Min))
            : Max - Math.Sqrt((1 - p) * width * (Max - Mode));
    }

    /// <inheritdoc />
    public override bool HasFiniteParameters() => double.IsFinite(Min) && double.IsFinite(Mode) && double.IsFinite(Max);

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"triangular({Min:G6}, {Mode:G6}, {Max:G6})");
}
