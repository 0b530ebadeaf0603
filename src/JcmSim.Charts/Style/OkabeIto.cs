using ScottPlot;

namespace JcmSim.Charts.Style;

/// <summary>
/// The Okabe–Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"), distinguishable under the
/// common forms of colour-vision deficiency; the charts' only categorical colours.
/// </summary>
public static class OkabeIto
{
    /// <summary>Blue #0072B2.</summary>
    public static Color Blue { get; } = Color.FromHex("#0072B2");

    /// <summary>Orange #E69F00.</summary>
    public static Color Orange { get; } = Color.FromHex("#E69F00");

    /// <summary>Bluish green #009E73.</summary>
    public static Color BluishGreen { get; } = Color.FromHex("#009E73");

    /// <summary>Reddish purple #CC79A7.</summary>
    public static Color ReddishPurple { get; } = Color.FromHex("#CC79A7");

    /// <summary>Sky blue #56B4E9.</summary>
    public static Color SkyBlue { get; } = Color.FromHex("#56B4E9");

    /// <summary>Vermillion #D55E00.</summary>
    public static Color Vermillion { get; } = Color.FromHex("#D55E00");

    /// <summary>Yellow #F0E442.</summary>
    public static Color Yellow { get; } = Color.FromHex("#F0E442");

    /// <summary>Black #000000.</summary>
    public static Color Black { get; } = Color.FromHex("#000000");

    /// <summary>
    /// The seven chromatic colours in the order categories take them (black is kept for targets and
    /// reference marks).
    /// </summary>
    public static IReadOnlyList<Color> Categorical { get; } = [Blue, Orange, BluishGreen, ReddishPurple, SkyBlue, Vermillion, Yellow];

    /// <summary>The colour of category <paramref name="index"/>; beyond seven, neutral greys.</summary>
    public static Color Category(int index) =>
        index < Categorical.Count ? Categorical[index] : ChartStyle.ExtraGreys[(index - Categorical.Count) % ChartStyle.ExtraGreys.Count];
}
