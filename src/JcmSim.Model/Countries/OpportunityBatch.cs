namespace JcmSim.Model.Countries;

/// <summary>
/// The project opportunities one country generated in one year for every trial of a block, as
/// struct-of-arrays: those of trial offset t are at indices TrialStart[t] … TrialStart[t+1] − 1.
/// </summary>
public sealed record OpportunityBatch(
    int[] TrialStart,
    int[] Sector,
    int[] Ordinal,
    double[] SizeTco2PerYear,
    double[] CapexJpy,
    int[] CreditingYears,
    double[] ReturnWithoutCredits)
{
    /// <summary>Total opportunities over all trials.</summary>
    public int Count => Sector.Length;
}
