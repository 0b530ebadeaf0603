namespace JcmSim.Model.Finance;

/// <summary>Annuity arithmetic for project appraisal.</summary>
public static class Annuity
{
    /// <summary>
    /// The capital recovery factor a(r, L) = r / (1 − (1+r)^−L): the level yearly cash flow, per unit
    /// of investment, that earns return r over L years. a(0, L) = 1/L.
    /// </summary>
    public static double Factor(double rate, int years)
    {
        if (Math.Abs(rate) < 1e-12)
        {
            return 1.0 / years;
        }

        return rate / (1 - Math.Pow(1 + rate, -years));
    }
}
