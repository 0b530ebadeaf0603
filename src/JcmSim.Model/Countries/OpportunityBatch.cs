namespace JcmSim.Model.Countries;

/// <summary>
/// The project opportunities one country generated in one year for every trial of a block, as
/// struct-of-arrays: those of trial offset t are at indices TrialStart[t] … TrialStart[t+1] − 1.
/// AnnuityWithoutCredits is a(r0, L), the capital recovery factor at the return without credits.
/// The attribute arrays may be longer than <see cref="Count"/>: a country reuses its batch's arrays
/// from year to year, so a batch is valid until the country's next step.
/// </summary>
public sealed record OpportunityBatch(
    int[] TrialStart,
    int[] Sector,
    int[] Ordinal,
    double[] SizeTco2PerYear,
    double[] CapexJpy,
    int[] CreditingYears,
    double[] AnnuityWithoutCredits)
{
    /// <summary>Total opportunities over all trials.</summary>
    public int Count => TrialStart[^1];
}
