using System.Globalization;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The values a real-valued field accepts; distributions must have their whole support inside.
/// A field may also have a <see cref="Ceiling"/> (<see cref="ScenarioLimits"/>): a hard upper limit on
/// the values a draw can actually reach, so that untruncated normals and log-normals stay usable
/// while absurd magnitudes are refused.
/// </summary>
internal sealed record ValueRange(double Min, bool MinInclusive, double Max, bool MaxInclusive, string Text)
{
    /// <summary>The largest value a number or a draw may reach; +∞ when the domain alone decides.</summary>
    public double Ceiling { get; init; } = double.PositiveInfinity;

    /// <summary>Any finite number.</summary>
    public static readonly ValueRange Finite = new(double.NegativeInfinity, false, double.PositiveInfinity, false, "any finite number");

    /// <summary>x ≥ 0: sizes, costs, counts per year, lags, multipliers.</summary>
    public static readonly ValueRange NonNegative = new(0, true, double.PositiveInfinity, false, "≥ 0");

    /// <summary>x &gt; 0: caps and thresholds that would make no sense at zero.</summary>
    public static readonly ValueRange Positive = new(0, false, double.PositiveInfinity, false, "> 0");

    /// <summary>A probability or share, in [0, 1].</summary>
    public static readonly ValueRange Share = new(0, true, 1, true, "[0, 1]");

    /// <summary>A yearly loss fraction, in [0, 1): a loss of 1 would end the project.</summary>
    public static readonly ValueRange ShareBelowOne = new(0, true, 1, false, "[0, 1)");

    /// <summary>A growth or return rate, &gt; −1 (a rate of −1 loses everything).</summary>
    public static readonly ValueRange Rate = new(-1, false, double.PositiveInfinity, false, "> −1");

    /// <summary>True when <paramref name="value"/> is in the domain (the ceiling is checked separately).</summary>
    public bool Contains(double value) => AboveMin(value) && BelowMax(value);

    /// <summary>True when <paramref name="value"/> is at most <see cref="Ceiling"/> (false for NaN).</summary>
    public bool WithinCeiling(double value) => value <= Ceiling;

    /// <summary>This range with a hard upper limit <paramref name="ceiling"/> on values and draws.</summary>
    public ValueRange UpTo(double ceiling) => this with
    {
        Ceiling = ceiling,
        Text = $"{Text}, at most {FormatLimit(ceiling)}",
    };

    /// <summary>A limit for messages: powers of ten from a million up as <c>1e12</c>, others as <see cref="Format"/>.</summary>
    public static string FormatLimit(double value)
    {
        var exponent = Math.Log10(value);
        return value >= 1e6 && Math.Abs(exponent - Math.Round(exponent)) < 1e-12
            ? string.Create(CultureInfo.InvariantCulture, $"1e{Math.Round(exponent):0}")
            : value.ToString("#,0.########", CultureInfo.InvariantCulture);
    }

    /// <summary>True when every value in [<paramref name="lowest"/>, <paramref name="highest"/>] is accepted.</summary>
    public bool ContainsSupport(double lowest, double highest) => AboveMin(lowest) && BelowMax(highest);

    /// <summary>A number for messages: up to 6 significant digits, ∞ for infinities.</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "−∞",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    private bool AboveMin(double value) =>
        double.IsNegativeInfinity(Min) ? !double.IsNaN(value) : MinInclusive ? value >= Min : value > Min;

    private bool BelowMax(double value) =>
        double.IsPositiveInfinity(Max) ? !double.IsNaN(value) : MaxInclusive ? value <= Max : value < Max;
}
