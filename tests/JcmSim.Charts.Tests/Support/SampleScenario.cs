using JcmSim.Model.Countries;
using JcmSim.Model.Credits;
using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Tests.Support;

/// <summary>
/// A complete scenario built in code for chart tests: eleven real partners with Japanese names,
/// nine sectors, five channels (public and private), every input a distribution.
/// </summary>
internal static class SampleScenario
{
    public static readonly (string Code, string En, string Ja, string Region)[] Partners =
    [
        ("VNM", "Viet Nam", "ベトナム", "Southeast Asia"),
        ("THA", "Thailand", "タイ", "Southeast Asia"),
        ("IDN", "Indonesia", "インドネシア", "Southeast Asia"),
        ("PHL", "Philippines", "フィリピン", "Southeast Asia"),
        ("MNG", "Mongolia", "モンゴル", "East Asia"),
        ("BGD", "Bangladesh", "バングラデシュ", "South Asia"),
        ("KHM", "Cambodia", "カンボジア", "Southeast Asia"),
        ("LAO", "Lao PDR", "ラオス", "Southeast Asia"),
        ("KEN", "Kenya", "ケニア", "Africa"),
        ("CHL", "Chile", "チリ", "Latin America"),
        ("MEX", "Mexico", "メキシコ", "Latin America"),
    ];

    public static readonly (string Id, string En, string Ja)[] Sectors =
    [
        ("solar", "Solar PV", "太陽光発電"),
        ("efficiency", "Energy efficiency", "省エネルギー"),
        ("wasteToEnergy", "Waste to energy", "廃棄物発電"),
        ("geothermal", "Geothermal", "地熱"),
        ("landfill", "Landfill improvement (Fukuoka method)", "埋立処分場改善（福岡方式）"),
        ("forestry", "Forestry (REDD+)", "森林（REDD+）"),
        ("riceAwd", "Rice paddy methane (AWD)", "水田メタン削減（AWD）"),
        ("transmission", "Power transmission", "送電"),
        ("coldChain", "Cold chain", "コールドチェーン"),
    ];

    public static Scenario Create(string name = "current", string titleEn = "Current policy", string titleJa = "現行政策", double budgetMultiplierMode = 1.0) => new()
    {
        Name = name,
        Title = new LocalizedText(titleEn, titleJa),
        Question = new LocalizedText("A synthetic scenario for chart tests.", "図のテスト用の合成シナリオ"),
        Horizon = new SimulationHorizon(2026, 2040),
        Accounting = new AccountingRules(2013, [new ReductionTarget(2030, 100), new ReductionTarget(2040, 200)]),
        Sectors = Sectors.Select(s => new SectorProfile
        {
            Id = s.Id,
            Name = new LocalizedText(s.En, s.Ja),
            SizeTco2PerYear = LogNormalDistribution.FromMedian(5000, 0.8),
            CapexJpyPerTco2PerYear = new TriangularDistribution(50_000, 120_000, 250_000),
            LeadTimeYears = new TriangularDistribution(1, 2, 3),
            CreditingYears = new TriangularDistribution(10, 15, 20),
            PerformanceRatio = new NormalDistribution(0.9, 0.1, 0.4, 1.2),
            DegradationPerYear = new UniformDistribution(0, 0.01),
            FailureHazardPerYear = new UniformDistribution(0.002, 0.01),
            ReturnWithoutCredits = new NormalDistribution(0.06, 0.03, -0.05, 0.2),
        }).ToList(),
        Partners = Partners.Select((p, i) => new PartnerCountry
        {
            Code = p.Code,
            Name = new LocalizedText(p.En, p.Ja),
            Region = p.Region,
            SigningYear = 2013 + i,
            AgreementEndYear = i % 3 == 0 ? 2030 : null,
            Article6ReadinessLagYears = new TriangularDistribution(1, 2, 5),
            HostRetentionShare = new TriangularDistribution(0.1, 0.3, 0.5),
            CountryRiskPremium = p.Code == "MNG" ? new TriangularDistribution(0.03, 0.05, 0.08) : new TriangularDistribution(0.01, 0.03, 0.06),
            OpportunitiesPerYear = Sectors.Take(4).ToDictionary(s => s.Id, _ => 1.0),
        }).ToList(),
        Expansion = new PartnerExpansion
        {
            StartYear = 2026,
            NewPartnersPerYear = new TriangularDistribution(0.5, 1.5, 3),
            MaxPartners = Distribution.Fixed(40),
            NewPartnerOpportunitiesPerYear = new Dictionary<string, double> { ["solar"] = 1, ["efficiency"] = 0.8 },
            Article6ReadinessLagYears = new TriangularDistribution(1, 2, 5),
            HostRetentionShare = new TriangularDistribution(0.1, 0.3, 0.5),
            CountryRiskPremium = new TriangularDistribution(0.01, 0.03, 0.06),
            Candidates =
            [
                new CandidateCountry { Code = "TZA", Name = new LocalizedText("Tanzania", "タンザニア"), Region = "Africa", Weight = 1 },
                new CandidateCountry { Code = "UKR", Name = new LocalizedText("Ukraine", "ウクライナ"), Region = "Europe", Weight = 1 },
            ],
        },
        Agreements = new AgreementPolicy { ExtensionProbability = new TriangularDistribution(0.4, 0.75, 0.95), ExtensionYears = 10 },
        Pipeline = new PipelineGrowth
        {
            BaseYear = 2025,
            Multiplier = new TriangularDistribution(0.6, 1.0, 1.5),
            GrowthRatePerYear = new TriangularDistribution(0, 0.04, 0.08),
            CityToCityShare = 0.1,
            CityToCityGrowthRatePerYear = new TriangularDistribution(0, 0.03, 0.08),
        },
        Channels =
        [
            Public("moej", "MOEJ JCM financing programme", "環境省JCM資金支援事業（設備補助事業）", 12e9, budgetMultiplierMode),
            Public("adb-jfjcm", "ADB Japan Fund for the JCM", "ADB JCM日本基金（JFJCM）", 1.5e9, budgetMultiplierMode),
            Private("tradingHouse", "Trading houses", "商社", 25e9, budgetMultiplierMode),
            Private("utility", "Utilities and power producers", "電力会社", 15e9, budgetMultiplierMode),
            Private("financier", "Banks, lessors and funds", "金融・リース", 12e9, budgetMultiplierMode),
        ],
        Credits = new CreditRules
        {
            ConservativenessFactor = new TriangularDistribution(0.85, 0.92, 1.0),
            IssuanceLagYears = 2,
            Allocation = AllocationPolicyKind.ContributionProportional,
            FixedJapanShare = new UniformDistribution(0.5, 0.7),
        },
        CreditPrice = new CreditPriceModel
        {
            TrendJpyPerTco2 = new YearPath([new YearValue(2026, 2500), new YearValue(2040, 6000)]),
            Volatility = new TriangularDistribution(0.1, 0.2, 0.35),
        },
        ExistingPortfolio =
        [
            new PortfolioCohort { Country = "THA", Sector = "solar", Channel = "moej", Projects = 40, StartYear = 2017, SizeTco2PerYear = 200_000, CreditingYears = 17 },
        ],
    };

    private static PublicProgrammeChannel Public(string id, string en, string ja, double budget, double mode) => new()
    {
        Id = id,
        Name = new LocalizedText(en, ja),
        AnnualBudgetJpy = YearPath.Constant(budget),
        BudgetMultiplier = new TriangularDistribution(0.6 * mode, mode, 1.5 * mode),
        JapanContributionShare = new UniformDistribution(0.5, 0.7),
        SubsidyRatioCap = new UniformDistribution(0.3, 0.5),
        PerProjectCapJpy = 2e9,
        MaxSubsidyJpyPerTco2 = 5000,
        ParticipantHurdleRate = new TriangularDistribution(0.04, 0.07, 0.1),
        FirstYear = 2013,
    };

    private static PrivateInvestorChannel Private(string id, string en, string ja, double budget, double mode) => new()
    {
        Id = id,
        Name = new LocalizedText(en, ja),
        Archetype = id,
        AnnualBudgetJpy = YearPath.Constant(budget),
        BudgetMultiplier = new TriangularDistribution(0.5 * mode, mode, 1.5 * mode),
        JapanContributionShare = new UniformDistribution(0.4, 0.8),
        HurdleRate = new TriangularDistribution(0.06, 0.08, 0.11),
        CreditPriceExpectationFactor = new TriangularDistribution(0.7, 1.0, 1.3),
        AuthorisationRisk = new TriangularDistribution(0, 0.1, 0.3),
        FirstYear = 2023,
    };
}
