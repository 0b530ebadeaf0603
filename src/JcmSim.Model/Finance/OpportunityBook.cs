using JcmSim.Model.Countries;

namespace JcmSim.Model.Finance;

/// <summary>
/// All opportunities of one year for a block: the countries' batches side by side, not copied.
/// An opportunity's book index is <c>Offsets[c] + k</c> for opportunity k of country c's batch;
/// channels visit a trial's opportunities in country order then generation order, so that order is
/// the same whatever the block size. Immutable once built.
/// </summary>
/// <param name="Year">Fiscal year.</param>
/// <param name="Batches">Each country's opportunities, indexed by country.</param>
/// <param name="RiskPremium">Country-risk premium per country and trial offset.</param>
/// <param name="Offsets">Book index of each batch's first opportunity; one more entry than batches, the last being the total.</param>
public sealed record OpportunityBook(int Year, OpportunityBatch[] Batches, double[][] RiskPremium, int[] Offsets)
{
    /// <summary>Total opportunities.</summary>
    public int Count => Offsets[^1];

    /// <summary>
    /// Puts the countries' batches for <paramref name="year"/> side by side (outcomes indexed by country),
    /// in arrays the caller reuses from year to year (one entry per country, offsets one more): the book
    /// is valid until they are refilled.
    /// </summary>
    public static OpportunityBook From(int year, IReadOnlyList<CountryYearOutcome> countries, OpportunityBatch[] batches, double[][] premia, int[] offsets)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(premia);
        ArgumentNullException.ThrowIfNull(offsets);
        for (var c = 0; c < countries.Count; c++)
        {
            batches[c] = countries[c].Opportunities;
            premia[c] = countries[c].RiskPremium;
            offsets[c + 1] = offsets[c] + batches[c].Count;
        }

        return new OpportunityBook(year, batches, premia, offsets);
    }
}
