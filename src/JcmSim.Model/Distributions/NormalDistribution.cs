using System.Globalization;
using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>
/// Normal with mean μ and standard deviation σ ≥ 0, optionally truncated to [Min, Max]
/// (sampled by inverting the CDF on the truncated range, so one uniform per draw).
/// </summary>
public sealed record NormalDistribution(double MeanValue, double StdDev, double? Min = null, double? Max = null) : Distribution
{
    // Φ at the truncation bounds, computed once per parameter set (the hot path samples millions of
    // opportunities from a handful of distributions). Checked against the parameters because a
    // `with` expression copies this field.
    private TruncationBounds? _bounds;

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

        var bounds = _bounds;
        if (bounds is null || !bounds.Matches(this))
        {
            _bounds = bounds = new TruncationBounds(this);
        }

        var p = bounds.Low + (u * (bounds.High - bounds.Low));
        var x = MeanValue + (StdDev * SpecialFunctions.NormalQuantile(Math.Clamp(p, 1e-300, 1 - 1e-16)));
        return Math.Clamp(x, Minimum, Maximum);
    }

    /// <inheritdoc />
    public bool Equals(NormalDistribution? other) =>
        other is not null && MeanValue.Equals(other.MeanValue) && StdDev.Equals(other.StdDev) && Nullable.Equals(Min, other.Min) && Nullable.Equals(Max, other.Max);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MeanValue, StdDev, Min, Max);

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
    /// <remarks>
    /// μ + σ·Φ⁻¹(p) without truncation; truncated to [a, b], μ + σ·Φ⁻¹(Φ(α) + p·(Φ(β) − Φ(α))) with
    /// α = (a − μ)/σ and β = (b − μ)/σ, the inverse CDF that <see cref="Sample"/> applies to its uniform.
    /// </remarks>
    public override double Quantile(double p)
    {
        CheckProbability(p);
        if (StdDev <= 0)
        {
            return Math.Clamp(MeanValue, Minimum, Maximum);
        }

        if (p == 0)
        {
            return Minimum;
        }

        if (p == 1)
        {
            return Maximum;
        }

        if (Min is null && Max is null)
        {
            return MeanValue + (StdDev * SpecialFunctions.NormalQuantile(p));
        }

        var low = Min is { } a ? SpecialFunctions.NormalCdf((a - MeanValue) / StdDev) : 0.0;
        var high = Max is { } b ? SpecialFunctions.NormalCdf((b - MeanValue) / StdDev) : 1.0;
        var q = low + (p * (high - low));
        var x = MeanValue + (StdDev * SpecialFunctions.NormalQuantile(Math.Clamp(q, 1e-300, 1 - 1e-16)));
        return Math.Clamp(x, Minimum, Maximum);
    }

    /// <inheritdoc />
    public override double Minimum => Min ?? double.NegativeInfinity;
    /// <inheritdoc />
    public override double Maximum => Max ?? double.PositiveInfinity;
    /// <inheritdoc />
    /// <remarks>An absent truncation bound is no parameter; a given one must be finite like the others.</remarks>
    public override bool HasFiniteParameters() =>
        double.IsFinite(MeanValue) && double.IsFinite(StdDev) && (Min is not { } a || double.IsFinite(a)) && (Max is not { } b || double.IsFinite(b));

    /// <inheritdoc />
    public override string Describe() => Min is null && Max is null
        ? string.Create(CultureInfo.InvariantCulture, $"normal({MeanValue:G6}, {StdDev:G6})")
        : string.Create(CultureInfo.InvariantCulture, $"normal({MeanValue:G6}, {StdDev:G6}) in [{Minimum:G6}, {Maximum:G6}]");

    private sealed class TruncationBounds(NormalDistribution d)
    {
        private readonly double _mean = d.MeanValue;
        private readonly double _sd = d.StdDev;
        private readonly double? _min = d.Min;
        private readonly double? _max = d.Max;

        public double Low { get; } = d.Min is { } a ? SpecialFunctions.NormalCdf((a - d.MeanValue) / d.StdDev) : 0.0;

        public double High { get; } = d.Max is { } b ? SpecialFunctions.NormalCdf((b - d.MeanValue) / d.StdDev) : 1.0;

        public bool Matches(NormalDistribution d) => _mean.Equals(d.MeanValue) && _sd.Equals(d.StdDev) && Nullable.Equals(_min, d.Min) && Nullable.Equals(_max, d.Max);
    }
}
