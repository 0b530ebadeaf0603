using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// The Ministry's count of countries hosting the projects it finances (<c>moejProjectHostCountries</c>;
/// MODEL.md §Projects registered and issuing): a country enters the year its first project of a public
/// channel is selected or its cohort starts, and is counted once however many projects it hosts.
/// </summary>
public sealed class PublicHostCountriesTests
{
    private const string SecondCountry = "VNM";

    [Fact]
    public void A_country_hosting_many_selected_projects_counts_once_from_its_first_selection()
    {
        // The default programme selects three projects a year in Thailand from FY2026.
        var block = SimulationRunner.RunOne(new ScenarioBuilder().Build());

        Assert.Equal([1, 1, 1, 1, 1], HostCountries(block));
    }

    [Fact]
    public void A_programme_that_selects_nothing_has_no_host_country()
    {
        var block = SimulationRunner.RunOne(new ScenarioBuilder().WithBudget(0).Build());

        Assert.Equal([0, 0, 0, 0, 0], HostCountries(block));
    }

    [Fact]
    public void Projects_of_private_investors_host_no_country_in_the_count()
    {
        // Private money funds Thailand's opportunities (a 5% return clears a 0% hurdle); the Ministry funds none.
        var tiny = new ScenarioBuilder().Build();
        var ministry = tiny.Channels[0];
        var scenario = tiny with
        {
            Channels =
            [
                new PrivateInvestorChannel
                {
                    Id = "investor",
                    Name = new LocalizedText("Investor", "投資家"),
                    Archetype = "tradingHouse",
                    AnnualBudgetJpy = ministry.AnnualBudgetJpy,
                    BudgetMultiplier = ministry.BudgetMultiplier,
                    JapanContributionShare = ministry.JapanContributionShare,
                    HurdleRate = Distribution.Fixed(0),
                    CreditPriceExpectationFactor = Distribution.Fixed(1),
                },
            ],
        };

        var block = SimulationRunner.RunOne(scenario);

        Assert.True(SimulationRunner.Total(block, SeriesLayout.ProjectsFunded) > 0);
        Assert.Equal([0, 0, 0, 0, 0], HostCountries(block));
    }

    [Fact]
    public void A_cohort_of_any_public_programme_adds_its_country_in_its_first_start_year()
    {
        // No money: only cohorts. Thailand's ministry cohort from FY2026; Viet Nam's international-organisation
        // cohort from FY2027 adds Viet Nam, its ministry cohort from FY2028 adds nothing more.
        var tiny = new ScenarioBuilder().WithBudget(0).WithCohort(2, 2026, 10_000, 10).Build();
        var ministry = (PublicProgrammeChannel)tiny.Channels[0];
        var scenario = tiny with
        {
            Partners = [.. tiny.Partners, tiny.Partners[0] with { Code = SecondCountry, Name = new LocalizedText("Viet Nam", "ベトナム") }],
            Channels = [ministry, ministry with { Id = "adb", Programme = PublicProgrammeChannel.InternationalOrganisationProgramme }],
            ExistingPortfolio =
            [
                .. tiny.ExistingPortfolio,
                tiny.ExistingPortfolio[0] with { Country = SecondCountry, Channel = "adb", StartYear = 2027 },
                tiny.ExistingPortfolio[0] with { Country = SecondCountry, StartYear = 2028 },
            ],
        };

        var block = SimulationRunner.RunOne(scenario);

        Assert.Equal([1, 2, 2, 2, 2], HostCountries(block));
    }

    private static double[] HostCountries(TrialBlockResult block) =>
        [.. Enumerable.Range(0, block.Years).Select(y => block.Annual[SeriesLayout.PublicHostCountriesCumulative][block.At(y, 0)])];
}
