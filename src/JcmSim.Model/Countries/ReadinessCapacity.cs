namespace JcmSim.Model.Countries;

/// <summary>
/// How a new partner's institutional capacity scales its Article 6 readiness lag (MODEL.md §Countries):
/// the lag drawn for the country is multiplied by <c>1 + s · (1 − 2q)</c>, where <c>q</c> is the country's
/// percentile rank of government effectiveness in [0, 1] and <c>s</c> the sensitivity drawn per trial.
/// A country at the world's median (q = ½) keeps its lag; the strongest (q = 1) shortens it by the share s,
/// the weakest (q = 0) lengthens it by s. With s in [0, 1] the factor stays in [0, 2], so the lag stays ≥ 0.
/// </summary>
public static class ReadinessCapacity
{
    /// <summary>
    /// Ordinal of the sensitivity among the expansion entity's per-trial parameters (0 and 1 are the pace and
    /// the cap of <see cref="PartnerExpansionProcess"/>). Every new partner draws it with the same key, so a
    /// trial has one sensitivity for all of them.
    /// </summary>
    public const int SensitivityOrdinal = 2;

    /// <summary>
    /// The factor on the readiness lag of a country with percentile rank <paramref name="capacityRank"/> (in [0, 1])
    /// under <paramref name="sensitivity"/> s; 1 when the rank is unknown (NaN) or s = 0, never negative.
    /// </summary>
    public static double LagFactor(double sensitivity, double capacityRank)
    {
        if (double.IsNaN(capacityRank) || sensitivity == 0)
        {
            return 1;
        }

        var q = Math.Clamp(capacityRank, 0, 1);
        return Math.Max(0, 1 + (sensitivity * (1 - (2 * q))));
    }
}
