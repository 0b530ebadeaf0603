using JcmSim.Model.Countries;

namespace JcmSim.Model.Finance;

/// <summary>
/// All opportunities of one year for a block, merged across countries and grouped by trial
/// (indices TrialStart[t] … TrialStart[t+1] − 1), in country order then generation order, so the
/// order within a trial is the same whatever the block size. Immutable once built.
/// </summary>
public sealed record OpportunityBook(
    int Year,
    int[] TrialStart,
    int[] Country,
    int[] Sector,
    int[] Ordinal,
    double[] SizeTco2PerYear,
    double[] CapexJpy,
    int[] CreditingYears,
    double[] AnnuityWithoutCredits,
    double[] RiskPremium)
{
    /// <summary>Total opportunities.</summary>
    public int Count => Country.Length;

    /// <summary>Merges the countries' batches for <paramref name="year"/>.</summary>
    public static OpportunityBook Merge(int year, IReadOnlyList<CountryYearOutcome> countries, int trialCount)
    {
        var total = countries.Sum(c => c.Opportunities.Count);
        var book = new OpportunityBook(year, new int[trialCount + 1], new int[total], new int[total], new int[total],
            new double[total], new double[total], new int[total], new double[total], new double[total]);
        var i = 0;
        for (var t = 0; t < trialCount; t++)
        {
            book.TrialStart[t] = i;
            foreach (var country in countries)
            {
                var batch = country.Opportunities;
                for (var k = batch.TrialStart[t]; k < batch.TrialStart[t + 1]; k++, i++)
                {
                    book.Country[i] = country.CountryIndex;
                    book.Sector[i] = batch.Sector[k];
                    book.Ordinal[i] = batch.Ordinal[k];
                    book.SizeTco2PerYear[i] = batch.SizeTco2PerYear[k];
                    book.CapexJpy[i] = batch.CapexJpy[k];
                    book.CreditingYears[i] = batch.CreditingYears[k];
                    book.AnnuityWithoutCredits[i] = batch.AnnuityWithoutCredits[k];
                    book.RiskPremium[i] = country.RiskPremium[t];
                }
            }
        }

        book.TrialStart[trialCount] = i;
        return book;
    }
}
