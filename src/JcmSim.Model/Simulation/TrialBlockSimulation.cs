using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Projects;

namespace JcmSim.Model.Simulation;

/// <summary>
/// The yearly loop of one trial block (MODEL.md §Order of a year): partner expansion, countries,
/// finance channels in order, portfolio; then the per-trial totals. It only talks to the actors
/// through <see cref="IBlockActors"/>, so the same code runs in-process and on Orleans grains.
/// </summary>
public static class TrialBlockSimulation
{
    /// <summary>Simulates trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1 of <paramref name="scenario"/>.</summary>
    public static async ValueTask<TrialBlockResult> RunAsync(CompiledScenario scenario, ulong seed, int firstTrial, int count, IBlockActors actors)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstTrial);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var years = scenario.OutputYears;
        var partners = new double[years * count];
        var financePublic = new double[years * count];
        var financePrivate = new double[years * count];
        var priceSeries = new double[years * count];
        var prices = CreditPricePath.Draw(scenario, seed, firstTrial, count);
        var expansion = new PartnerExpansionProcess(scenario, seed, firstTrial, count);
        var countryCount = scenario.Countries.Count;
        var issueFrom = new int[countryCount][];
        var issueUntil = new int[countryCount][];
        var hostRetention = new double[countryCount][];

        for (var year = scenario.FirstYear; year <= scenario.LastYear; year++)
        {
            var yearOffset = (year - scenario.OutputFirstYear) * count;
            var joins = expansion.Step(year);
            var outcomes = await actors.StepCountriesAsync(year, joins);
            for (var c = 0; c < countryCount; c++)
            {
                var outcome = outcomes[c];
                issueFrom[c] = outcome.IssueFromYear;
                issueUntil[c] = outcome.IssueUntilYear;
                hostRetention[c] = outcome.HostRetention;
                for (var t = 0; t < count; t++)
                {
                    if (outcome.RegistrationOpen[t])
                    {
                        partners[yearOffset + t] += 1;
                    }
                }
            }

            var yearPrices = new double[count];
            Array.Copy(prices, (year - scenario.FirstYear) * count, yearPrices, 0, count);
            Array.Copy(yearPrices, 0, priceSeries, yearOffset, count);

            var book = OpportunityBook.From(year, outcomes);
            var taken = new bool[book.Count];
            var decisions = new FundingDecisions[scenario.Channels.Count];
            for (var k = 0; k < decisions.Length; k++)
            {
                var decision = await actors.FundAsync(k, book, taken, yearPrices);
                decisions[k] = decision;
                for (var d = 0; d < decision.Count; d++)
                {
                    var i = decision.Opportunity[d];
                    taken[i] = true;
                    var t = decision.Trial[d];
                    financePublic[yearOffset + t] += decision.PublicJpy[d] * 1e-9;
                    financePrivate[yearOffset + t] += decision.PrivateJpy[d] * 1e-9;
                }
            }

            var funded = Collect(book, decisions);
            await actors.StepPortfolioAsync(new PortfolioYearInput(year, issueFrom, issueUntil, hostRetention, funded));
        }

        var annual = await actors.FinishPortfolioAsync();
        annual[SeriesLayout.PartnersActive] = partners;
        annual[SeriesLayout.FinancePublic] = financePublic;
        annual[SeriesLayout.FinancePrivate] = financePrivate;
        annual[SeriesLayout.CreditPrice] = priceSeries;
        return Summarise(scenario, firstTrial, count, annual);
    }

    private static FundedProjects Collect(OpportunityBook book, FundingDecisions[] decisions)
    {
        var total = decisions.Sum(d => d.Count);
        var funded = new FundedProjects(book.Year, new int[total], new int[total], new int[total], new int[total], new int[total],
            new double[total], new int[total], new double[total]);
        var p = 0;
        foreach (var decision in decisions)
        {
            for (var d = 0; d < decision.Count; d++, p++)
            {
                var c = decision.Country[d];
                var batch = book.Batches[c];
                var k = decision.Opportunity[d] - book.Offsets[c];
                funded.Trial[p] = decision.Trial[d];
                funded.Country[p] = c;
                funded.Sector[p] = batch.Sector[k];
                funded.Channel[p] = decision.ChannelIndex;
                funded.Ordinal[p] = batch.Ordinal[k];
                funded.SizeTco2PerYear[p] = batch.SizeTco2PerYear[k];
                funded.CreditingYears[p] = batch.CreditingYears[k];
                funded.JapanContributionShare[p] = decision.JapanContributionShare[d];
            }
        }

        return funded;
    }

    private static TrialBlockResult Summarise(CompiledScenario scenario, int firstTrial, int count, double[][] annual)
    {
        var targets = scenario.Scenario.Accounting.Targets;
        var startYear = scenario.Scenario.Accounting.StartYear;
        var years = scenario.OutputYears;
        var result = new TrialBlockResult(firstTrial, count, targets.Count, scenario.OutputFirstYear, years, annual);

        var reductions = result.Annual[SeriesLayout.Reductions];
        var japan = result.Annual[SeriesLayout.CreditsJapan];
        var cumulative = result.Annual[SeriesLayout.ReductionsCumulative];
        var japanCumulative = result.Annual[SeriesLayout.CreditsJapanCumulative];
        var funded = result.Annual[SeriesLayout.ProjectsFunded];
        var lastYearOffset = (years - 1) * count;
        for (var t = 0; t < count; t++)
        {
            double sum = 0, japanSum = 0;
            var projects = 0.0;
            for (var y = 0; y < years; y++)
            {
                var at = (y * count) + t;
                var year = scenario.OutputFirstYear + y;
                if (year >= startYear)
                {
                    sum += reductions[at];
                    japanSum += japan[at];
                }

                cumulative[at] = sum;
                japanCumulative[at] = japanSum;
                projects += funded[at];
                for (var g = 0; g < targets.Count; g++)
                {
                    if (year == targets[g].FiscalYear)
                    {
                        result.CumulativeMt[g][t] = sum;
                        result.JapanItmoMt[g][t] = japanSum;
                    }

                    if (result.FirstYearMet[g][t] == 0 && year >= startYear && sum >= targets[g].ThresholdMt)
                    {
                        result.FirstYearMet[g][t] = year;
                    }
                }
            }

            result.ProjectsFunded[t] = (int)projects;
            result.PartnersActive[t] = (int)result.Annual[SeriesLayout.PartnersActive][lastYearOffset + t];
        }

        return result;
    }
}
