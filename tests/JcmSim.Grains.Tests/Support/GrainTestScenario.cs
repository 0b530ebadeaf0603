using JcmSim.Model.Countries;
using JcmSim.Model.Credits;
using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;

namespace JcmSim.Grains.Tests.Support;

/// <summary>
/// A small scenario that exercises every actor the grains wrap: two known partners (one whose
/// agreement lapses in 2030) and one candidate that joins through expansion, two sectors with
/// uncertain parameters, the Ministry's programme and a private investor, and an existing cohort.
/// </summary>
internal static class GrainTestScenario
{
    public static Scenario Create() => new()
    {
        Name = "grain-test",
        Title = new LocalizedText("Grain test", "グレインテスト"),
        Horizon = new SimulationHorizon(2026, 2040),
        Accounting = new AccountingRules(2013, [new ReductionTarget(2030, 0.5), new ReductionTarget(2040, 2)]),
        Sectors =
        [
            Sector("solar", new LogNormalDistribution(Math.Log(8_000), 0.8), new TriangularDistribution(80_000, 150_000, 300_000),
                new UniformDistribution(1, 3), new TriangularDistribution(10, 15, 20), new UniformDistribution(0, 0.05)),
            Sector("waste", new LogNormalDistribution(Math.Log(30_000), 0.6), new NormalDistribution(200_000, 50_000, 50_000, null),
                new TriangularDistribution(2, 3, 4), new UniformDistribution(12, 20), new BetaDistribution(1, 30)),
        ],
        Partners =
        [
            Partner("THA", "Southeast Asia", 2015, null, new Dictionary<string, double> { ["solar"] = 6, ["waste"] = 1 }),
            Partner("IDN", "Southeast Asia", 2013, 2030, new Dictionary<string, double> { ["solar"] = 4, ["waste"] = 2 }),
        ],
        Expansion = new PartnerExpansion
        {
            StartYear = 2027,
            NewPartnersPerYear = new UniformDistribution(0, 0.6),
            MaxPartners = 3,
            AgreementTermYears = 10,
            NewPartnerOpportunitiesPerYear = new Dictionary<string, double> { ["solar"] = 3, ["waste"] = 0.5 },
            Article6ReadinessLagYears = new UniformDistribution(1, 4),
            HostRetentionShare = new UniformDistribution(0.2, 0.5),
            CountryRiskPremium = new UniformDistribution(0.02, 0.08),
            Candidates =
            [
                new CandidateCountry { Code = "PHL", Name = new LocalizedText("Philippines", "フィリピン"), Region = "Southeast Asia", Weight = 1 },
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
        },
        Channels =
        [
            new PublicProgrammeChannel
            {
                Id = "moej",
                Name = new LocalizedText("MOEJ financing programme", "環境省設備補助事業"),
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
                Name = new LocalizedText("Trading houses", "商社"),
                Archetype = "tradingHouse",
                AnnualBudgetJpy = YearPath.Constant(2e10),
                BudgetMultiplier = new LogNormalDistribution(0, 0.5),
                JapanContributionShare = new BetaDistribution(8, 2),
                HurdleRate = new UniformDistribution(0.06, 0.10),
                CreditPriceExpectationFactor = new TriangularDistribution(0.5, 0.8, 1.2),
                CreditRevenueShare = new UniformDistribution(0.8, 1),
                FirstYear = 2027,
            },
        ],
        Credits = new CreditRules
        {
            ConservativenessFactor = new UniformDistribution(0.85, 0.95),
            IssuanceLagYears = 2,
            Allocation = AllocationPolicyKind.ContributionProportional,
            OmgeCancellationShare = 0.02,
        },
        CreditPrice = new CreditPriceModel
        {
            TrendJpyPerTco2 = new YearPath([new YearValue(2026, 2_000), new YearValue(2040, 8_000)]),
            Volatility = new UniformDistribution(0.1, 0.4),
            Persistence = 0.7,
        },
        ExistingPortfolio =
        [
            new PortfolioCohort { Country = "THA", Sector = "solar", Channel = "moej", Projects = 60, StartYear = 2015, SizeTco2PerYear = 150_000, CreditingYears = 17 },
        ],
    };

    private static SectorProfile Sector(string id, Distribution size, Distribution capex, Distribution lead, Distribution crediting, Distribution hazard) => new()
    {
        Id = id,
        Name = new LocalizedText(id),
        SizeTco2PerYear = size,
        CapexJpyPerTco2PerYear = capex,
        LeadTimeYears = lead,
        CreditingYears = crediting,
        PerformanceRatio = new TriangularDistribution(0.7, 0.95, 1.05),
        DegradationPerYear = new UniformDistribution(0, 0.01),
        FailureHazardPerYear = hazard,
        ReturnWithoutCredits = new NormalDistribution(0.05, 0.03),
    };

    private static PartnerCountry Partner(string code, string region, int signed, int? end, IReadOnlyDictionary<string, double> opportunities) => new()
    {
        Code = code,
        Name = new LocalizedText(code),
        Region = region,
        SigningYear = signed,
        AgreementEndYear = end,
        Article6ReadinessLagYears = code == "IDN" ? new UniformDistribution(0, 3) : Distribution.Fixed(0),
        HostRetentionShare = new UniformDistribution(0.2, 0.5),
        CountryRiskPremium = code == "THA" ? Distribution.Fixed(0.01) : new UniformDistribution(0.02, 0.06),
        OpportunitiesPerYear = opportunities,
    };
}
