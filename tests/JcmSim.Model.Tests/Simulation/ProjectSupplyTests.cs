using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// Project supply (MODEL.md §Opportunities): unfunded opportunities wait in a backlog, money left
/// unspent draws more origination, and a higher credit price brings more projects forward.
/// </summary>
public sealed class ProjectSupplyTests
{
    private const int Trials = 64;

    [Fact]
    public void Without_a_backlog_or_responses_the_flow_is_the_v1_flow()
    {
        var v1 = TestScenarios.Rich();
        var explicitDefaults = v1 with
        {
            Pipeline = v1.Pipeline with
            {
                BacklogAgeOutPerYear = Distribution.Fixed(1),
                FinanceResponsePerUnspentShare = Distribution.Fixed(0),
                MaxFinanceResponseGrowthPerYear = Distribution.Fixed(0.3),
                CreditPriceElasticity = Distribution.Fixed(0),
            },
        };

        Assert.Equal(Cumulative(v1), Cumulative(explicitDefaults));
    }

    // Two opportunities a year; until FY2028 the budget buys one subsidy a year, then ten. Without a
    // backlog the unfunded ones vanish; with one they wait and the later money funds them.
    [Fact]
    public void Unfunded_opportunities_wait_in_the_backlog_for_money()
    {
        static Scenario LateMoney(double ageOut)
        {
            var scenario = ScarceFlow(ageOut);
            return scenario with { Channels = [scenario.Channels[0] with { AnnualBudgetJpy = new YearPath([new YearValue(2027, 0.5e9), new YearValue(2028, 5e9)]) }] };
        }

        Assert.True(Funded(LateMoney(ageOut: 0)) > Funded(LateMoney(ageOut: 1)));
    }

    [Fact]
    public void Money_left_unspent_draws_more_origination_later()
    {
        var scenario = ScarceFlow(ageOut: 1);
        var responding = scenario with
        {
            Pipeline = scenario.Pipeline with
            {
                FinanceResponsePerUnspentShare = Distribution.Fixed(0.5),
                MaxFinanceResponseGrowthPerYear = Distribution.Fixed(0.5),
                FinanceResponseLagYears = 1,
            },
        };

        Assert.True(Funded(responding) > Funded(scenario));
    }

    [Fact]
    public void Developers_capacity_bounds_the_response_to_money()
    {
        var scenario = ScarceFlow(ageOut: 1);
        Scenario Capped(double cap) => scenario with
        {
            Pipeline = scenario.Pipeline with
            {
                FinanceResponsePerUnspentShare = Distribution.Fixed(5),
                MaxFinanceResponseGrowthPerYear = Distribution.Fixed(cap),
            },
        };

        Assert.True(Funded(Capped(0.1)) < Funded(Capped(0.8)));
    }

    [Fact]
    public void A_higher_credit_price_brings_more_opportunities()
    {
        var scenario = ScarceFlow(ageOut: 1) with { Pipeline = ScarceFlow(ageOut: 1).Pipeline with { CreditPriceElasticity = Distribution.Fixed(1) } };
        var dear = scenario with { CreditPrice = scenario.CreditPrice with { TrendJpyPerTco2 = YearPath.Constant(3000) } };
        // The reference is the trend in the base year: a trend that rises from FY2027 raises the flow.
        var rising = scenario with { CreditPrice = scenario.CreditPrice with { TrendJpyPerTco2 = new YearPath([new YearValue(2026, 1000), new YearValue(2027, 3000)]) } };

        Assert.Equal(Funded(scenario), Funded(dear));
        Assert.True(Funded(rising) > Funded(scenario));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public void The_backlog_and_responses_do_not_depend_on_the_block_size(int blockSize)
    {
        var scenario = TestScenarios.Rich() with
        {
            Pipeline = TestScenarios.Rich().Pipeline with
            {
                BacklogAgeOutPerYear = new UniformDistribution(0.2, 0.8),
                FinanceResponsePerUnspentShare = new UniformDistribution(0, 1),
                MaxFinanceResponseGrowthPerYear = new UniformDistribution(0.05, 0.3),
                FinanceResponseLagYears = 2,
                CreditPriceElasticity = new UniformDistribution(0, 1),
            },
        };

        var reference = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 11, Trials, Trials));
        Assert.Equal(reference, SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 11, Trials, blockSize)));
    }

    // Few opportunities (λ = 2 a year of the degenerate project) and more money than they need.
    private static Scenario ScarceFlow(double ageOut)
    {
        var scenario = TestScenarios.Degenerate();
        return scenario with
        {
            Partners = [scenario.Partners[0] with { OpportunitiesPerYear = new Dictionary<string, double> { ["solar"] = 2 } }],
            Pipeline = scenario.Pipeline with { BacklogAgeOutPerYear = Distribution.Fixed(ageOut) },
            Channels = [scenario.Channels[0] with { AnnualBudgetJpy = YearPath.Constant(3e9) }],
        };
    }

    private static double Funded(Scenario scenario) =>
        SimulationRunner.Run(scenario, 3, Trials, Trials).Sum(b => b.ProjectsFunded.Sum());

    private static List<double> Cumulative(Scenario scenario) => SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 5, Trials, 16));
}
