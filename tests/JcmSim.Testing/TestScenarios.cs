using JcmSim.Model.Countries;
using JcmSim.Model.Credits;
using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Potential;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;

namespace JcmSim.Testing;

/// <summary>Scenarios built in code for the model's and the grains' tests.</summary>
public static class TestScenarios
{
    private static Distribution F(double value) => Distribution.Fixed(value);

    /// <summary>
    /// Everything fixed: one partner (signed FY2020, open-ended, ready at once), one sector, one
    /// public channel whose budget buys exactly three projects a year out of λ = 200 identical
    /// opportunities, and a cohort of existing projects. Totals are computed by hand in the tests.
    /// </summary>
    public static Scenario Degenerate(double omge = 0) => new()
    {
        Name = "degenerate",
        Title = new LocalizedText("Degenerate"),
        Horizon = new SimulationHorizon(2026, 2030),
        Accounting = new AccountingRules(2026, [new ReductionTarget(2030, 0.3)]),
        Sectors = [Sector("solar", size: F(10_000), capex: F(100_000), lead: F(1), crediting: F(10), hazard: F(0))],
        Partners = [Partner("THA", "Southeast Asia", 2020, null, new Dictionary<string, double> { ["solar"] = 200 })],
        Expansion = NoExpansion(),
        Agreements = new AgreementPolicy { ExtensionProbability = F(1), ExtensionYears = 10 },
        Pipeline = new PipelineGrowth { BaseYear = 2026, Multiplier = F(1), GrowthRatePerYear = F(0) },
        Channels =
        [
            new PublicProgrammeChannel
            {
                Id = "moej",
                Name = new LocalizedText("MOEJ"),
                AnnualBudgetJpy = YearPath.Constant(1.5e9),
                BudgetMultiplier = F(1),
                JapanContributionShare = F(0.5),
                SubsidyRatioCap = F(0.5),
                PerProjectCapJpy = 2e9,
                ParticipantHurdleRate = F(0),
            },
        ],
        Credits = new CreditRules
        {
            ConservativenessFactor = F(0.9),
            IssuanceLagYears = 1,
            Allocation = AllocationPolicyKind.ContributionProportional,
            OmgeCancellationShare = omge,
        },
        CreditPrice = new CreditPriceModel { TrendJpyPerTco2 = YearPath.Constant(1000), Volatility = F(0) },
        ExistingPortfolio =
        [
            new PortfolioCohort { Country = "THA", Sector = "solar", Channel = "moej", Projects = 5, StartYear = 2020, SizeTco2PerYear = 50_000, CreditingYears = 8 },
        ],
    };

    /// <summary>
    /// A small scenario where everything random is exercised: uncertain parameters, expansion,
    /// agreements that lapse, failures, two sectors, public and private money.
    /// </summary>
    public static Scenario Rich(AllocationPolicyKind allocation = AllocationPolicyKind.ContributionProportional, double omge = 0.02) => new()
    {
        Name = "rich",
        Title = new LocalizedText("Rich", "リッチ"),
        Horizon = new SimulationHorizon(2026, 2040),
        Accounting = new AccountingRules(2013, [new ReductionTarget(2030, 0.5), new ReductionTarget(2040, 2)]),
        Sectors =
        [
            Sector("solar", new LogNormalDistribution(Math.Log(8_000), 0.8), new TriangularDistribution(80_000, 150_000, 300_000),
                new UniformDistribution(1, 3), new TriangularDistribution(10, 15, 20), new UniformDistribution(0, 0.05))
                with { EmissionSource = EmissionSource.ElectricityHeat, AddressableShare = new UniformDistribution(0.02, 0.1) },
            Sector("waste", new LogNormalDistribution(Math.Log(30_000), 0.6), new NormalDistribution(200_000, 50_000, 50_000, null),
                new TriangularDistribution(2, 3, 4), new UniformDistribution(12, 20), new BetaDistribution(1, 30))
                with { EmissionSource = EmissionSource.Waste, AddressableShare = new TriangularDistribution(0.05, 0.1, 0.3) },
        ],
        Partners =
        [
            Partner("THA", "Southeast Asia", 2015, null, new Dictionary<string, double> { ["solar"] = 6, ["waste"] = 1 }),
            Partner("IDN", "Southeast Asia", 2013, 2030, new Dictionary<string, double> { ["solar"] = 4, ["waste"] = 2 }),
            Partner("KEN", "Africa", 2013, 2030, new Dictionary<string, double> { ["solar"] = 1 }),
        ],
        Expansion = NoExpansion() with
        {
            NewPartnersPerYear = new UniformDistribution(0, 1.5),
            MaxPartners = Distribution.Fixed(5),
            AgreementTermYears = 10,
            NewPartnerOpportunitiesPerYear = new Dictionary<string, double> { ["solar"] = 2, ["waste"] = 0.5 },
            Candidates =
            [
                new CandidateCountry { Code = "IND", Name = new LocalizedText("India"), Region = "South Asia", Weight = 3 },
                new CandidateCountry { Code = "BRA", Name = new LocalizedText("Brazil"), Region = "Latin America", Weight = 1 },
                new CandidateCountry { Code = "EGY", Name = new LocalizedText("Egypt"), Region = "Africa", Weight = 1 },
            ],
        },
        Agreements = new AgreementPolicy { ExtensionProbability = new BetaDistribution(3, 2), ExtensionYears = 10, IssuanceContinuesAfterLapse = false },
        Pipeline = new PipelineGrowth
        {
            BaseYear = 2026,
            Multiplier = new TriangularDistribution(0.7, 1, 1.5),
            GrowthRatePerYear = new NormalDistribution(0.03, 0.02),
            CityToCityShare = 0.1,
            CityToCityGrowthRatePerYear = new UniformDistribution(0, 0.1),
            MaturityPerLogProjects = new UniformDistribution(0, 0.2),
            JointCommitteeRegistrationsPerYear = new UniformDistribution(2, 6),
            JointCommitteeRegistrationsPerProject = new UniformDistribution(0, 0.1),
        },
        Channels =
        [
            new PublicProgrammeChannel
            {
                Id = "moej",
                Name = new LocalizedText("MOEJ", "環境省"),
                AnnualBudgetJpy = new YearPath([new YearValue(2026, 5e9), new YearValue(2035, 8e9)]),
                BudgetMultiplier = new UniformDistribution(0.8, 1.2),
                JapanContributionShare = new UniformDistribution(0.5, 0.7),
                SubsidyRatioCap = new TriangularDistribution(0.3, 0.4, 0.5),
                PerProjectCapJpy = 2e9,
                MaxSubsidyJpyPerTco2 = 20_000,
                ParticipantHurdleRate = new UniformDistribution(0.04, 0.08),
            },
            new PrivateInvestorChannel
            {
                Id = "tradingHouse",
                Name = new LocalizedText("Trading houses"),
                Archetype = "tradingHouse",
                AnnualBudgetJpy = YearPath.Constant(2e10),
                BudgetMultiplier = new LogNormalDistribution(0, 0.5),
                JapanContributionShare = new BetaDistribution(8, 2),
                HurdleRate = new UniformDistribution(0.06, 0.10),
                CreditPriceExpectationFactor = new TriangularDistribution(0.5, 0.8, 1.2),
                AuthorisationRisk = F(0),
                FirstYear = 2027,
            },
        ],
        Credits = new CreditRules
        {
            ConservativenessFactor = new UniformDistribution(0.85, 0.95),
            IssuanceLagYears = 2,
            RegistrationLagYears = new TriangularDistribution(0, 1, 2),
            FirstMonitoringPeriodYears = new TriangularDistribution(1, 2, 4),
            MonitoringPeriodYears = new UniformDistribution(1, 3),
            RequestProbability = new UniformDistribution(0.3, 0.8),
            Allocation = allocation,
            FixedJapanShare = new UniformDistribution(0.4, 0.6),
            OmgeCancellationShare = omge,
        },
        CreditPrice = new CreditPriceModel
        {
            TrendJpyPerTco2 = new YearPath([new YearValue(2026, 2_000), new YearValue(2040, 8_000)]),
            Volatility = new UniformDistribution(0.1, 0.4),
            Persistence = 0.7,
        },
        // Kenya's small potentials saturate within the horizon; Brazil has no row (no potential limit).
        NationalEmissions =
        [
            Emissions("THA", electricityHeatMt: 105.57, wasteMt: 12.72),
            Emissions("IDN", electricityHeatMt: 243.36, wasteMt: 133.84),
            Emissions("KEN", electricityHeatMt: 0.5, wasteMt: 1.35),
            Emissions("IND", electricityHeatMt: 1241.34, wasteMt: 83.17),
            Emissions("EGY", electricityHeatMt: 108.87, wasteMt: 27.97),
        ],
        ExistingPortfolio =
        [
            new PortfolioCohort { Country = "THA", Sector = "solar", Channel = "moej", Projects = 60, StartYear = 2015, SizeTco2PerYear = 150_000, CreditingYears = 17 },
            new PortfolioCohort { Country = "IDN", Sector = "waste", Channel = "moej", Projects = 5, StartYear = 2019, SizeTco2PerYear = 80_000, CreditingYears = 15 },
        ],
    };

    /// <summary>
    /// <see cref="Rich"/> made smaller for the grain tests, still with every actor the grains wrap:
    /// two known partners (one whose agreement lapses in 2030) and one candidate that joins through
    /// expansion from FY2027, the Ministry's programme and a private investor with an uncertain share
    /// of the credit revenue, and one existing cohort.
    /// </summary>
    public static Scenario Grains()
    {
        var rich = Rich();
        return rich with
        {
            Name = "grain-test",
            Title = new LocalizedText("Grain test", "グレインテスト"),
            Partners =
            [
                rich.Partners[0],
                rich.Partners[1] with { Article6ReadinessLagYears = new UniformDistribution(0, 3) },
            ],
            Expansion = rich.Expansion with
            {
                StartYear = 2027,
                NewPartnersPerYear = new UniformDistribution(0, 0.6),
                MaxPartners = Distribution.Fixed(3),
                NewPartnerOpportunitiesPerYear = new Dictionary<string, double> { ["solar"] = 3, ["waste"] = 0.5 },
                Candidates =
                [
                    new CandidateCountry { Code = "PHL", Name = new LocalizedText("Philippines", "フィリピン"), Region = "Southeast Asia", Weight = 1 },
                ],
            },
            Channels =
            [
                rich.Channels[0],
                ((PrivateInvestorChannel)rich.Channels[1]) with { AuthorisationRisk = new UniformDistribution(0, 0.2) },
            ],
            ExistingPortfolio = [rich.ExistingPortfolio[0]],
        };
    }

    private static SectorProfile Sector(string id, Distribution size, Distribution capex, Distribution lead, Distribution crediting, Distribution hazard) => new()
    {
        Id = id,
        Name = new LocalizedText(id),
        SizeTco2PerYear = size,
        CapexJpyPerTco2PerYear = capex,
        LeadTimeYears = lead,
        CreditingYears = crediting,
        PerformanceRatio = hazard.IsFixed ? F(1) : new TriangularDistribution(0.7, 0.95, 1.05),
        DegradationPerYear = hazard.IsFixed ? F(0) : new UniformDistribution(0, 0.01),
        FailureHazardPerYear = hazard,
        ReturnWithoutCredits = hazard.IsFixed ? F(0.05) : new NormalDistribution(0.05, 0.03),
    };

    private static CountryEmissions Emissions(string code, double electricityHeatMt, double wasteMt) =>
        new() { Code = code, Year = 2018, ElectricityHeatMt = electricityHeatMt, WasteMt = wasteMt };

    private static PartnerCountry Partner(string code, string region, int signed, int? end, IReadOnlyDictionary<string, double> opportunities) => new()
    {
        Code = code,
        Name = new LocalizedText(code),
        Region = region,
        SigningYear = signed,
        AgreementEndYear = end,
        Article6ReadinessLagYears = code == "KEN" ? new UniformDistribution(5, 12) : F(0),
        HostRetentionShare = new UniformDistribution(0.2, 0.5),
        CountryRiskPremium = code == "THA" ? F(0.01) : new UniformDistribution(0.02, 0.06),
        OpportunitiesPerYear = opportunities,
    };

    private static PartnerExpansion NoExpansion() => new()
    {
        StartYear = 2026,
        NewPartnersPerYear = F(0),
        MaxPartners = Distribution.Fixed(100),
        NewPartnerOpportunitiesPerYear = new Dictionary<string, double>(),
        Article6ReadinessLagYears = new UniformDistribution(1, 4),
        HostRetentionShare = new UniformDistribution(0.2, 0.5),
        CountryRiskPremium = new UniformDistribution(0.02, 0.08),
        Candidates = [],
    };
}
