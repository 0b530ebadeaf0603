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
/// <param name="IssueFromYear">First year each country can issue credits (Article 6 readiness), per country and trial offset.</param>
/// <param name="HostRetention">Host retention share per country and trial offset (what a host-first allocation leaves Japan).</param>
public sealed record OpportunityBook(int Year, OpportunityBatch[] Batches, double[][] RiskPremium, int[] Offsets, int[][] IssueFromYear, double[][] HostRetention)
{
    /// <summary>Total opportunities.</summary>
    public int Count => Offsets[^1];

    /// <summary>
    /// Puts the countries' batches for <paramref name="year"/> side by side (outcomes indexed by country),
    /// in arrays the caller reuses from year to year (one entry per country, offsets one more): the book
    /// is valid until they are refilled.
    /// </summary>
    public static OpportunityBook From(int year, IReadOnlyList<CountryYearOutcome> countries, OpportunityBatch[] batches, double[][] premia, int[] offsets, int[][] issueFrom, double[][] hostRetention)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(premia);
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(issueFrom);
        ArgumentNullException.ThrowIfNull(hostRetention);
        for (var c = 0; c < countries.Count; c++)
        {
            batches[c] = countries[c].Opportunities;
            premia[c] = countries[c].RiskPremium;
            issueFrom[c] = countries[c].IssueFromYear;
            hostRetention[c] = countries[c].HostRetention;
            offsets[c + 1] = offsets[c] + batches[c].Count;
        }

        return new OpportunityBook(year, batches, premia, offsets, issueFrom, hostRetention);
    }
}
