using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Simulation;

namespace JcmSim.Model.Tests.Finance;

/// <summary>
/// The finance rules of MODEL.md §Finance on <see cref="TestScenarios.Degenerate"/>, where every number is
/// fixed: projects of 10 kt/yr costing ¥1 bn, 10 crediting years, 5 % return without credits, one year
/// of lead time, one year of issuance lag, conservativeness 0.9, a flat credit price.
/// </summary>
public sealed class PrivateFinanceTests
{
    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(0.5, 3)]
    [InlineData(0.25, 6)]
    public void An_investor_commits_only_its_share_of_the_capital(double investorShare, int projectsPerYear)
    {
        // ¥1.5 bn of capital a year; the investor pays its share of each ¥1 bn project, local partners the rest.
        var block = RunOne(Investor(investorShare, hurdle: 0.0, price: 1000));

        for (var year = 2026; year <= 2030; year++)
        {
            var y = year - block.FirstYear;
            Assert.Equal(projectsPerYear, block.Annual[SeriesLayout.ProjectsFunded][block.At(y, 0)]);
            Assert.Equal(projectsPerYear, block.Annual[SeriesLayout.FinancePrivate][block.At(y, 0)], 12); // JPY bn of project capital
        }
    }

    [Fact]
    public void An_investor_gets_the_credits_its_share_pays_for()
    {
        var block = RunOne(Investor(0.5, hurdle: 0.0, price: 1000) with { ExistingPortfolio = [] });
        var issued = block.Annual[SeriesLayout.CreditsIssued];
        var japan = block.Annual[SeriesLayout.CreditsJapan];

        for (var y = 0; y < block.Years; y++)
        {
            Assert.Equal(0.5 * issued[block.At(y, 0)], japan[block.At(y, 0)], 12);
        }

        Assert.True(issued.Sum() > 0);
    }

    // Hurdle 9 % + country risk 1 % needs a(0.10, 10) − a(0.05, 10) = 0.0332 of the capital a year from
    // credits. At ¥6,000 a tonne, 9 kt of credits a year, first issued two years on: 9,000 × 6,000 ×
    // 1.1^−2 / 1e9 = 0.0446, enough.
    [Fact]
    public void Credit_revenue_that_clears_the_hurdle_funds_the_project() =>
        Assert.True(FundedOverHorizon(Investor(1.0, hurdle: 0.09, price: 6000)) > 0);

    // A host ready only in FY2040 delays the first credits to then: from FY2030, 1.1^−10 leaves 0.0208.
    [Fact]
    public void Credit_revenue_waits_for_the_hosts_article6_readiness()
    {
        var scenario = Investor(1.0, hurdle: 0.09, price: 6000);
        var late = scenario with { Partners = [scenario.Partners[0] with { Article6ReadinessLagYears = Distribution.Fixed(20) }] };

        Assert.Equal(0, FundedOverHorizon(late));
    }

    // A one-in-two chance that the credits are never authorised halves their value: 0.0223 < 0.0332.
    [Fact]
    public void Authorisation_risk_lowers_the_value_of_credits()
    {
        var scenario = Investor(1.0, hurdle: 0.09, price: 6000, authorisationRisk: 0.5);

        Assert.Equal(0, FundedOverHorizon(scenario));
    }

    // The participants pay half of each project and need their hurdle (0 here) plus the country's
    // risk premium: a(0.30, 10) × 0.5 = 0.162 > a(0.05, 10) = 0.130, so nothing is subsidised.
    [Fact]
    public void Subsidised_participants_bear_country_risk()
    {
        var baseline = TestScenarios.Degenerate();
        var risky = baseline with { Partners = [baseline.Partners[0] with { CountryRiskPremium = Distribution.Fixed(0.30) }] };

        Assert.True(FundedOverHorizon(baseline) > 0);
        Assert.Equal(0, FundedOverHorizon(risky));
    }

    private static Scenario Investor(double investorShare, double hurdle, double price, double authorisationRisk = 0)
    {
        var scenario = TestScenarios.Degenerate();
        var programme = scenario.Channels[0];
        return scenario with
        {
            Channels =
            [
                new PrivateInvestorChannel
                {
                    Id = programme.Id,
                    Name = programme.Name,
                    AnnualBudgetJpy = YearPath.Constant(1.5e9),
                    BudgetMultiplier = Distribution.Fixed(1),
                    JapanContributionShare = Distribution.Fixed(investorShare),
                    Archetype = "tradingHouse",
                    HurdleRate = Distribution.Fixed(hurdle),
                    CreditPriceExpectationFactor = Distribution.Fixed(1),
                    AuthorisationRisk = Distribution.Fixed(authorisationRisk),
                },
            ],
            CreditPrice = scenario.CreditPrice with { TrendJpyPerTco2 = YearPath.Constant(price) },
        };
    }

    private static double FundedOverHorizon(Scenario scenario) => RunOne(scenario).ProjectsFunded[0];

    private static TrialBlockResult RunOne(Scenario scenario) => SimulationRunner.Run(scenario, 1, 1, 1).Single();
}
