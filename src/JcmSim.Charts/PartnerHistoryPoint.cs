namespace JcmSim.Charts;

/// <summary>A reported partner count at a date.</summary>
/// <param name="Date">When the count was reported.</param>
/// <param name="Count">Partner countries that had signed by then.</param>
/// <param name="LabelBelow">Draw the number below the point (to keep close points legible).</param>
internal sealed record PartnerHistoryPoint(DateOnly Date, int Count, bool LabelBelow)
{
    /// <summary>
    /// The date on the fiscal-year axis: FY N runs from 1 April N to 31 March N+1 and is plotted at
    /// N, so a date is N + (months since 1 April) / 12, e.g. 2017-01-12 → FY2016 + 9.4/12 ≈ 2016.78.
    /// </summary>
    public double FiscalYearPosition
    {
        get
        {
            var fiscalYear = Date.Month >= 4 ? Date.Year : Date.Year - 1;
            var months = ((Date.Month - 4 + 12) % 12) + ((Date.Day - 1) / (double)DateTime.DaysInMonth(Date.Year, Date.Month));
            return fiscalYear + (months / 12);
        }
    }
}
