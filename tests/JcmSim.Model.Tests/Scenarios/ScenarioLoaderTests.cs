using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

public sealed class ScenarioLoaderTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Minimal_scenario_loads_every_section()
    {
        var scenario = ScenarioLoader.Load(_files.PathOf(ScenarioFiles.Main));

        Assert.Equal("minimal", scenario.Name);
        Assert.Equal(new LocalizedText("Minimal", "最小"), scenario.Title);
        Assert.Equal(["solar", "efficiency"], scenario.Sectors.Select(s => s.Id));
        Assert.Equal(LogNormalDistribution.FromMedian(3000, 0.5), scenario.Sectors[0].SizeTco2PerYear);
        Assert.Equal(new TriangularDistribution(80000, 100000, 150000), scenario.Sectors[0].CapexJpyPerTco2PerYear);
        Assert.Equal(new NormalDistribution(0.9, 0.1, 0.5, 1.2), scenario.Sectors[0].PerformanceRatio);
        Assert.Equal(new LocalizedText("solar"), scenario.Sectors[0].Name);
        Assert.Equal(new LocalizedText("Energy efficiency"), scenario.Sectors[1].Name);

        var thailand = scenario.Partners[0];
        Assert.Equal(("THA", 2015, (int?)2030), (thailand.Code, thailand.SigningYear, thailand.AgreementEndYear));
        Assert.Equal(new LocalizedText("Thailand", "タイ"), thailand.Name);
        Assert.Equal(new Dictionary<string, double> { ["solar"] = 2, ["efficiency"] = 1 }, thailand.OpportunitiesPerYear);
        Assert.Equal(new BetaDistribution(2, 5), thailand.HostRetentionShare);
        var vietnam = scenario.Partners[1];
        Assert.Null(vietnam.AgreementEndYear);
        Assert.Null(vietnam.Name.Ja);

        var india = Assert.Single(scenario.Expansion.Candidates);
        Assert.Equal("large, \"growing\" economy", india.Reason);
        Assert.Equal(thailand.Article6ReadinessLagYears, scenario.Expansion.Article6ReadinessLagYears);

        var moej = Assert.IsType<PublicProgrammeChannel>(scenario.Channels[0]);
        Assert.Equal([new YearValue(2026, 1e9), new YearValue(2030, 2e9)], moej.AnnualBudgetJpy.Points);
        Assert.Equal("ministry", moej.Programme);
        Assert.Equal(Distribution.Fixed(1), moej.BudgetMultiplier);
        var house = Assert.IsType<PrivateInvestorChannel>(scenario.Channels[1]);
        Assert.Equal(["THA", "IND"], house.Countries);
        Assert.Equal(["solar"], house.Sectors);

        Assert.Equal(0.1, scenario.Pipeline.CityToCityShare);
        Assert.Equal(0.8, scenario.CreditPrice.Persistence);
        Assert.Equal(0.5, scenario.Credits.FixedJapanShare.Mean);
        var cohort = Assert.Single(scenario.ExistingPortfolio);
        Assert.Equal(("THA", "solar", "moej", 3, 2020, 30000.0, 17), (cohort.Country, cohort.Sector, cohort.Channel, cohort.Projects, cohort.StartYear, cohort.SizeTco2PerYear, cohort.CreditingYears));
    }

    [Fact]
    public void Name_comes_from_the_file_unless_given()
    {
        _files.Write("renamed.yaml", ScenarioFiles.MinimalYaml);
        Assert.Equal("renamed", ScenarioLoader.Load(_files.PathOf("renamed.yaml")).Name);

        _files.Write("named.yaml", "name: explicit\n" + ScenarioFiles.MinimalYaml);
        Assert.Equal("explicit", ScenarioLoader.Load(_files.PathOf("named.yaml")).Name);
    }

    [Fact]
    public void Extends_merges_mappings_key_by_key_and_replaces_sequences()
    {
        _files.Write("variants/more-money.yaml", """
            extends: ../minimal.yaml
            title: More money
            horizon: {lastYear: 2035}
            accounting:
              targets: [{fiscalYear: 2035, thresholdMt: 5}]
            channels:
              moej: {budgetMultiplier: {dist: uniform, min: 1.5, max: 2.5}}
            """);

        var scenario = ScenarioLoader.Load(_files.PathOf("variants/more-money.yaml"));

        Assert.Equal("more-money", scenario.Name);
        Assert.Equal(new LocalizedText("More money"), scenario.Title);
        Assert.Equal(new SimulationHorizon(2026, 2035), scenario.Horizon);
        Assert.Equal(2020, scenario.Accounting.StartYear);
        Assert.Equal([new ReductionTarget(2035, 5)], scenario.Accounting.Targets);
        var moej = Assert.IsType<PublicProgrammeChannel>(scenario.Channels[0]);
        Assert.Equal(new UniformDistribution(1.5, 2.5), moej.BudgetMultiplier);
        Assert.Equal(2e9, moej.PerProjectCapJpy);
        Assert.Equal(2, scenario.Channels.Count);
        // The base's CSV paths stay relative to the base file.
        Assert.Equal(2, scenario.Partners.Count);
    }

    [Fact]
    public void Extends_chains_and_resolves_each_file_relative_to_itself()
    {
        _files.Write("variants/data/partners.csv", """
            code,nameEn,region,signingYear
            THA,Thailand,Southeast Asia,2015
            VNM,Viet Nam,Southeast Asia,2013
            PHL,Philippines,Southeast Asia,2016
            """);
        _files.Write("variants/middle.yaml", """
            extends: ../minimal.yaml
            name: middle-name-is-not-inherited
            partners: {file: data/partners.csv}
            credits: {issuanceLagYears: 3}
            """);
        _files.Write("variants/deep/leaf.yaml", """
            extends: ../middle.yaml
            credits: {allocation: hostFirst}
            """);

        var scenario = ScenarioLoader.Load(_files.PathOf("variants/deep/leaf.yaml"));

        Assert.Equal("leaf", scenario.Name);
        Assert.Equal(["THA", "VNM", "PHL"], scenario.Partners.Select(p => p.Code));
        Assert.Equal(3, scenario.Credits.IssuanceLagYears);
        Assert.Equal(Credits.AllocationPolicyKind.HostFirst, scenario.Credits.Allocation);
        Assert.Equal(new FixedDistribution(0.9), scenario.Credits.ConservativenessFactor);
    }

    [Fact]
    public void A_null_value_removes_an_inherited_mapping()
    {
        _files.Write("no-house.yaml", """
            extends: minimal.yaml
            channels: {house: ~}
            """);

        var scenario = ScenarioLoader.Load(_files.PathOf("no-house.yaml"));

        Assert.Equal(["moej"], scenario.Channels.Select(c => c.Id));
    }

    [Fact]
    public void Sectors_and_channels_may_be_sequences_with_ids_and_tables_may_be_inline()
    {
        var yaml = ScenarioFiles.MinimalYaml
            .Replace("partners: {file: data/partners.csv}", """
                partners:
                  - {code: THA, nameEn: Thailand, region: Southeast Asia, signingYear: 2015}
                """, StringComparison.Ordinal)
            .Replace("  file: data/pipeline.csv", "  opportunities: [{country: THA, sector: solar, opportunitiesPerYear: 4}]", StringComparison.Ordinal)
            .Replace("existingPortfolio: {file: data/portfolio.csv}", "existingPortfolio: []", StringComparison.Ordinal)
            .Replace("""
                channels:
                  moej:
                    kind: public
                """, """
                channels:
                  - id: moej
                    kind: public
                """, StringComparison.Ordinal)
            .Replace("""
                  house:
                    kind: private
                """, """
                  - id: house
                    kind: private
                """, StringComparison.Ordinal);

        var scenario = ScenarioLoader.LoadText(yaml, _files.PathOf("inline.yaml"));

        Assert.Equal("inline", scenario.Name);
        Assert.Equal(["moej", "house"], scenario.Channels.Select(c => c.Id));
        var partner = Assert.Single(scenario.Partners);
        Assert.Equal(new Dictionary<string, double> { ["solar"] = 4 }, partner.OpportunitiesPerYear);
        Assert.Empty(scenario.ExistingPortfolio);
    }

    [Fact]
    public void Every_distribution_form_is_accepted()
    {
        _files.Write("dists.yaml", """
            extends: minimal.yaml
            sectors:
              solar:
                sizeTco2PerYear: {dist: lognormal, mean: 3000, sd: 1500}
                capexJpyPerTco2PerYear: {dist: fixed, value: 1.2e5}
                leadTimeYears: {dist: uniform, min: 1, max: 3}
                performanceRatio: {dist: normal, mean: 1, sd: 0.1, min: 0}
                degradationPerYear: {dist: beta, alpha: 1, beta: 50, min: 0, max: 0.5}
            """);

        var solar = ScenarioLoader.Load(_files.PathOf("dists.yaml")).Sectors[0];

        Assert.Equal(LogNormalDistribution.FromMeanStdDev(3000, 1500), solar.SizeTco2PerYear);
        Assert.Equal(Distribution.Fixed(120000), solar.CapexJpyPerTco2PerYear);
        Assert.Equal(new UniformDistribution(1, 3), solar.LeadTimeYears);
        Assert.Equal(new NormalDistribution(1, 0.1, Min: 0), solar.PerformanceRatio);
        Assert.Equal(new BetaDistribution(1, 50, 0, 0.5), solar.DegradationPerYear);
    }

    [Fact]
    public void Load_text_resolves_references_next_to_the_virtual_path()
    {
        var scenario = ScenarioLoader.LoadText(ScenarioFiles.MinimalYaml, _files.PathOf("virtual.yaml"));

        Assert.Equal("virtual", scenario.Name);
        Assert.Equal(2, scenario.Partners.Count);
    }
}
