using JcmSim.Model.Countries;
using JcmSim.Model.Credits;
using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Tests.Support;

/// <summary>
/// Builds a tiny valid scenario in code for tests: one partner (<see cref="Country"/>), one sector
/// (<see cref="Sector"/>), one public channel (<see cref="Channel"/>), everything fixed, no expansion.
/// Defaults are chosen so that hand-computed totals are easy: 10 opportunities a year of 10,000 tCO2/yr
/// at ¥100,000 per tCO2/yr, one-year lead time, ten-year crediting, no losses. The file depends only on
/// JcmSim.Model, so other test projects can link it.
/// </summary>
public sealed class ScenarioBuilder
{
    /// <summary>The partner's code.</summary>
    public const string Country = "THA";

    /// <summary>The sector's id.</summary>
    public const string Sector = "solar";

    /// <summary>The channel's id.</summary>
    public const string Channel = "moej";

    private readonly List<PortfolioCohort> _cohorts = [];
    private string _name = "tiny";
    private SimulationHorizon _horizon = new(2026, 2030);
    private readonly List<ReductionTarget> _targets = [];
    private int _accountingStart = 2026;
    private double _opportunitiesPerYear = 10;
    private double _sizeTco2PerYear = 10_000;
    private double _budgetJpy = 1.5e9;
    private double _subsidyRatio = 0.5;
    private int _signingYear = 2015;
    private int? _agreementEndYear;
    private Func<CreditRules, CreditRules> _credits = c => c;

    /// <summary>Sets the scenario name.</summary>
    public ScenarioBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>Sets the simulated fiscal years.</summary>
    public ScenarioBuilder WithHorizon(int firstYear, int lastYear)
    {
        _horizon = new SimulationHorizon(firstYear, lastYear);
        return this;
    }

    /// <summary>Sets the accounting start (default: the horizon's first year).</summary>
    public ScenarioBuilder WithAccountingStart(int startYear)
    {
        _accountingStart = startYear;
        return this;
    }

    /// <summary>Adds a target (default: one target of 1 Mt in the horizon's last year).</summary>
    public ScenarioBuilder WithTarget(int fiscalYear, double thresholdMt)
    {
        _targets.Add(new ReductionTarget(fiscalYear, thresholdMt));
        return this;
    }

    /// <summary>Sets the partner's expected opportunities per year.</summary>
    public ScenarioBuilder WithOpportunitiesPerYear(double opportunities)
    {
        _opportunitiesPerYear = opportunities;
        return this;
    }

    /// <summary>Sets every opportunity's size, tCO2 per year.</summary>
    public ScenarioBuilder WithProjectSize(double tco2PerYear)
    {
        _sizeTco2PerYear = tco2PerYear;
        return this;
    }

    /// <summary>Sets the channel's yearly budget and subsidy ratio.</summary>
    public ScenarioBuilder WithBudget(double budgetJpy, double subsidyRatio = 0.5)
    {
        _budgetJpy = budgetJpy;
        _subsidyRatio = subsidyRatio;
        return this;
    }

    /// <summary>Sets the partner's agreement.</summary>
    public ScenarioBuilder WithAgreement(int signingYear, int? endYear)
    {
        _signingYear = signingYear;
        _agreementEndYear = endYear;
        return this;
    }

    /// <summary>Adds an existing cohort in the partner, sector and channel.</summary>
    public ScenarioBuilder WithCohort(int projects, int startYear, double sizeTco2PerYear, int creditingYears)
    {
        _cohorts.Add(new PortfolioCohort
        {
            Country = Country,
            Sector = Sector,
            Channel = Channel,
            Projects = projects,
            StartYear = startYear,
            SizeTco2PerYear = sizeTco2PerYear,
            CreditingYears = creditingYears,
        });
        return this;
    }

    /// <summary>Changes the credit rules (default: factor 1, lag 0, contribution-proportional, no OMGE).</summary>
    public ScenarioBuilder WithCredits(Func<CreditRules, CreditRules> change)
    {
        _credits = change;
        return this;
    }

    /// <summary>The scenario.</summary>
    public Scenario Build() => new()
    {
        Name = _name,
        Title = new LocalizedText("Tiny test scenario", "テスト用シナリオ"),
        Question = new LocalizedText("Does the model add up?", "モデルの計算は合っているか"),
        Horizon = _horizon,
        Accounting = new AccountingRules(_accountingStart, _targets.Count > 0 ? [.. _targets] : [new ReductionTarget(_horizon.LastYear, 1)]),
        Sectors =
        [
            new SectorProfile
            {
                Id = Sector,
                Name = new LocalizedText("Solar PV", "太陽光発電"),
                SizeTco2PerYear = F(_sizeTco2PerYear),
                CapexJpyPerTco2PerYear = F(100_000),
                LeadTimeYears = F(1),
                CreditingYears = F(10),
                PerformanceRatio = F(1),
                DegradationPerYear = F(0),
                FailureHazardPerYear = F(0),
                ReturnWithoutCredits = F(0.05),
            },
        ],
        Partners =
        [
            new PartnerCountry
            {
                Code = Country,
                Name = new LocalizedText("Thailand", "タイ"),
                Region = "Southeast Asia",
                SigningYear = _signingYear,
                AgreementEndYear = _agreementEndYear,
                Article6ReadinessLagYears = F(0),
                HostRetentionShare = F(0.3),
                CountryRiskPremium = F(0),
                OpportunitiesPerYear = new Dictionary<string, double> { [Sector] = _opportunitiesPerYear },
            },
        ],
        Expansion = new PartnerExpansion
        {
            StartYear = _horizon.FirstYear,
            NewPartnersPerYear = F(0),
            MaxPartners = Distribution.Fixed(1),
            NewPartnerOpportunitiesPerYear = new Dictionary<string, double>(),
            Article6ReadinessLagYears = F(0),
            HostRetentionShare = F(0.3),
            CountryRiskPremium = F(0),
            Candidates = [],
        },
        Agreements = new AgreementPolicy { ExtensionProbability = F(1), ExtensionYears = 10 },
        Pipeline = new PipelineGrowth { BaseYear = _horizon.FirstYear, Multiplier = F(1), GrowthRatePerYear = F(0) },
        Channels =
        [
            new PublicProgrammeChannel
            {
                Id = Channel,
                Name = new LocalizedText("MOEJ programme", "環境省"),
                AnnualBudgetJpy = YearPath.Constant(_budgetJpy),
                BudgetMultiplier = F(1),
                JapanContributionShare = F(0.5),
                SubsidyRatioCap = F(_subsidyRatio),
                PerProjectCapJpy = 2e9,
                ParticipantHurdleRate = F(0),
            },
        ],
        Credits = _credits(new CreditRules
        {
            ConservativenessFactor = F(1),
            IssuanceLagYears = 0,
            Allocation = AllocationPolicyKind.ContributionProportional,
        }),
        CreditPrice = new CreditPriceModel { TrendJpyPerTco2 = YearPath.Constant(2_000), Volatility = F(0) },
        ExistingPortfolio = [.. _cohorts],
    };

    private static Distribution F(double value) => Distribution.Fixed(value);
}
