using System.Globalization;

namespace JcmSim.Charts.Localization;

/// <summary>
/// How the charts write numbers: thousands separators, MtCO2 with sensible decimals, shares as
/// percentages (two decimals below 1% so a nonzero bound does not print as 0.0%), ranges with the
/// language's dash. Digits are the same in both languages; only the range mark differs.
/// </summary>
public sealed class Numbers
{
    private Numbers(string rangeMark)
    {
        RangeMark = rangeMark;
    }

    /// <summary>English: en dash ranges.</summary>
    public static Numbers English { get; } = new("–");

    /// <summary>Japanese: wave dash ranges (〜).</summary>
    public static Numbers Japanese { get; } = new("〜");

    /// <summary>The mark between the ends of a range.</summary>
    public string RangeMark { get; }

    /// <summary>A count with thousands separators, e.g. 10,000.</summary>
    public string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>MtCO2: one decimal below 1,000, none above, e.g. 19.2 or 1,234.</summary>
    public string Mt(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N1", CultureInfo.InvariantCulture);

    /// <summary>A threshold or other round quantity without trailing zeros, e.g. 100 or 12.5.</summary>
    public string Plain(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A share in [0, 1] as a percentage, e.g. 12.3% (0.04% below 1%).</summary>
    public string Percent(double share) =>
        (100 * share).ToString(share is > 0 and < 0.01 ? "F2" : "F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>A difference of shares in percentage points with its sign, e.g. +4.2 or −1.0.</summary>
    public string PercentagePoints(double difference)
    {
        var text = Math.Abs(100 * difference).ToString("F1", CultureInfo.InvariantCulture);
        return difference > 0 ? "+" + text : difference < 0 ? "−" + text : text;
    }

    /// <summary>A parameter value with up to four significant digits, e.g. 0.075, 1.2, 15,000.</summary>
    public string Value(double value)
    {
        if (!double.IsFinite(value))
        {
            return double.IsPositiveInfinity(value) ? "∞" : double.IsNegativeInfinity(value) ? "−∞" : "–";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1000)
        {
            return value.ToString("N0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("G4", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? value.ToString("0.####", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>A value with three significant digits for labels, e.g. 0.79, 1.29, 13,900 (thousands separated above 1,000).</summary>
    public string Short(double value)
    {
        if (!double.IsFinite(value))
        {
            return Value(value);
        }

        if (Math.Abs(value) >= 1000)
        {
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 2);
            return (Math.Round(value / magnitude) * magnitude).ToString("N0", CultureInfo.InvariantCulture);
        }

        return value.ToString("G3", CultureInfo.InvariantCulture);
    }

    /// <summary>A range "low–high" (or "low〜high") of two pre-formatted ends.</summary>
    public string Range(string low, string high) => low + RangeMark + high;
}
