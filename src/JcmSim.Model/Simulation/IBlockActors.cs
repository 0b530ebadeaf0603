using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Projects;

namespace JcmSim.Model.Simulation;

/// <summary>
/// The actors of one trial block as the block's yearly loop sees them. Implemented in-process by
/// <see cref="InProcessBlockActors"/> and by Orleans grains in JcmSim.Grains: the same loop
/// (<see cref="TrialBlockSimulation"/>) drives both, which is why their results are identical.
/// Messages are valid for one year: an actor may reuse the arrays of what it returned (and the loop
/// those of what it sends) at its next step, so nothing is kept from one year to the next.
/// </summary>
public interface IBlockActors
{
    /// <summary>Steps every country for <paramref name="year"/>; the result is indexed by country.</summary>
    /// <param name="year">Fiscal year.</param>
    /// <param name="joinsNow">Per country, which trials it joins this year (null for none).</param>
    /// <param name="rateFactors">Per country, the factor on its opportunity rates this year, [trial offset × sectors + sector] (<see cref="Potential.OpportunitySupply"/>).</param>
    ValueTask<CountryYearOutcome[]> StepCountriesAsync(int year, bool[]?[] joinsNow, double[][] rateFactors);

    /// <summary>Lets channel <paramref name="channelIndex"/> fund from <paramref name="book"/>.</summary>
    ValueTask<FundingDecisions> FundAsync(int channelIndex, OpportunityBook book, bool[] taken, double[] creditPriceJpy);

    /// <summary>Registers the year's funded projects with the portfolio.</summary>
    ValueTask StepPortfolioAsync(PortfolioYearInput input);

    /// <summary>Returns the portfolio's yearly totals ([series][yearIndex × count + trial offset]).</summary>
    ValueTask<double[][]> FinishPortfolioAsync();
}
