using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

public sealed class BaselineScenarioTests
{
    [Fact]
    public void Baseline_loads_without_errors()
    {
        var scenario = LoadBaseline();

        Assert.Equal("baseline", scenario.Name);
        Assert.Equal("Current policy", scenario.Title.En);
        Assert.Equal("現行政策", scenario.Title.Ja);
        Assert.Equal(new SimulationHorizon(2026, 2040), scenario.Horizon);
        Assert.Equal(2013, scenario.Accounting.StartYear);
        Assert.Equal([new ReductionTarget(2030, 100), new ReductionTarget(2040, 200)], scenario.Accounting.Targets);
    }

    [Fact]
    public void Baseline_has_the_thirty_named_partners_with_fiscal_signing_years()
    {
        var partners = LoadBaseline().Partners;

        Assert.Equal(30, partners.Count);
        Assert.Equal(partners.Count, partners.Select(p => p.Code).Distinct().Count());
        // FY N runs April N to March N+1: Mongolia signed 2013-01-08 (FY2012), Palau 2014-01-13 (FY2013),
        // Philippines 2017-01-12 (FY2016), Ukraine 2024-02-19 (FY2023).
        Assert.Equal(2012, partners.Single(p => p.Code == "MNG").SigningYear);
        Assert.Equal(2013, partners.Single(p => p.Code == "PLW").SigningYear);
        Assert.Equal(2016, partners.Single(p => p.Code == "PHL").SigningYear);
        Assert.Equal(2023, partners.Single(p => p.Code == "UKR").SigningYear);
        Assert.Equal(2025, partners.Single(p => p.Code == "TZA").SigningYear);
        Assert.Equal(17, partners.Count(p => p.AgreementEndYear == 2030));
    }

    [Fact]
    public void Baseline_has_the_twelve_sectors_and_the_required_channels()
    {
        var scenario = LoadBaseline();

        Assert.Equal(
            ["solar", "efficiency", "solarStorage", "geothermal", "wind", "wasteToEnergy", "landfill", "riceAwd", "forestry", "ccs", "transmission", "coldChain"],
            scenario.Sectors.Select(s => s.Id));
        var moej = Assert.IsType<PublicProgrammeChannel>(scenario.Channels.Single(c => c.Id == "moej"));
        Assert.Equal(2.0e9, moej.PerProjectCapJpy);
        Assert.True(moej.SubsidyRatioCap.Maximum <= 0.5);
        Assert.False(moej.BudgetMultiplier.IsFixed);
        Assert.Equal("internationalOrganisation", Assert.IsType<PublicProgrammeChannel>(scenario.Channels.Single(c => c.Id == "adb-jfjcm")).Programme);
        Assert.Equal("internationalOrganisation", Assert.IsType<PublicProgrammeChannel>(scenario.Channels.Single(c => c.Id == "unido")).Programme);
        Assert.True(scenario.Channels.OfType<PrivateInvestorChannel>().Select(c => c.Archetype).Distinct().Count() >= 3);
        Assert.Equal(0, scenario.Credits.OmgeCancellationShare);
        Assert.Equal(Credits.AllocationPolicyKind.ContributionProportional, scenario.Credits.Allocation);
    }

    [Fact]
    public void Baseline_portfolio_represents_the_ministry_programme()
    {
        var scenario = LoadBaseline();
        var moej = scenario.ExistingPortfolio.Where(c => c.Channel == "moej").ToList();

        // the sources table: 280+ projects (2025-11), ~20 Mt expected cumulative to FY2030, mostly THA, IDN, VNM.
        var projects = moej.Sum(c => c.Projects);
        Assert.InRange(projects, 270, 300);
        var nominalTo2030Mt = moej.Sum(c => c.SizeTco2PerYear * Math.Max(0, Math.Min(2030, c.StartYear + c.CreditingYears - 1) - c.StartYear + 1)) / 1e6;
        Assert.InRange(nominalTo2030Mt, 16, 24);
        var bigThree = moej.Where(c => c.Country is "THA" or "IDN" or "VNM").Sum(c => c.Projects);
        Assert.True(bigThree > projects / 2);
    }

    [Fact]
    public void Baseline_opportunity_flow_is_moderate()
    {
        var scenario = LoadBaseline();

        var perYear = scenario.Partners.Sum(p => p.OpportunitiesPerYear.Values.Sum()) * scenario.Pipeline.Multiplier.Mean;
        Assert.InRange(perYear, 100, 300);
        Assert.All(scenario.Partners, p => Assert.NotEmpty(p.OpportunitiesPerYear));
    }

    internal static Scenario LoadBaseline() => ScenarioLoader.Load(RepositoryPaths.Scenario("baseline.yaml"));
}
