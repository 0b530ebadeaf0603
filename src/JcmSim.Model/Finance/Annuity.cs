namespace JcmSim.Model.Finance;

/// <summary>Annuity arithmetic for project appraisal.</summary>
public static class Annuity
{
    // Below this |r| the factor's 1 − (1+r)^−L cancels so far that the few roundings of the whole power
    // would show; there the library's power (one rounding) is used, as it is past the longest lives.
    private const double SmallestRateForWholePower = 1e-4;
    private const int LongestLifeForWholePower = 64;

    /// <summary>
    /// The capital recovery factor a(r, L) = r / (1 − (1+r)^−L): the level yearly cash flow, per unit
    /// of investment, that earns return r over L years. a(0, L) = 1/L.
    /// </summary>
    /// <remarks>
    /// (1+r)^L is taken by repeated squaring (at most 11 multiplications for L ≤ 64) instead of
    /// <see cref="Math.Pow(double, double)"/>: the appraisal takes ~1,100 of these factors per trial-year, and
    /// the library's power was a tenth of the model's time. The two agree to a few units in the last place
    /// (within 1e-12 relative over the rates and lives the model meets, as a test pins), and the squaring is the
    /// same IEEE arithmetic on every platform, where the C library's power is not.
    /// </remarks>
    public static double Factor(double rate, int years)
    {
        if (Math.Abs(rate) < 1e-12)
        {
            return 1.0 / years;
        }

        return Math.Abs(rate) >= SmallestRateForWholePower && years is > 0 and <= LongestLifeForWholePower
            ? rate / (1 - (1 / WholePower(1 + rate, years)))
            : rate / (1 - Math.Pow(1 + rate, -years));
    }

    // x^n for n ≥ 1 by repeated squaring.
    private static double WholePower(double x, int n)
    {
        var result = 1.0;
        while (true)
        {
            if ((n & 1) != 0)
            {
                result *= x;
            }

            n >>= 1;
            if (n == 0)
            {
                return result;
            }

            x *= x;
        }
    }
}
