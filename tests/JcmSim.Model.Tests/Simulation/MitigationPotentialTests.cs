using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;
using JcmSim.Model.Potential;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Scenarios;
using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// Mitigation potential, saturation, market maturity and the Joint Committees' throughput (MODEL.md
/// §Opportunities): the potential comes from national emissions, the flow slows as it is captured, grows
/// with the projects done, and projects beyond a Joint Committee's throughput start later.
/// </summary>
public sealed class MitigationPotentialTests
{
    private const int Trials = 32;

    // scenarios/data/national-emissions.csv: Thailand's electricity and heat 105.57 Mt (2018); India's 1,241.34 Mt; the
    // median of the 30 partners' is 11.66 Mt (the mean of the 15th, 11.32, and 16th, 12.0, in order).
    [Fact]
    public void Potential_of_Thailand_solar_is_its_power_emissions_times_the_addressable_share()
    {
        var baseline = BaselineScenarioTests.LoadBaseline();
        var scenario = baseline with
        {
            Sectors = [.. baseline.Sectors.Select(s => s.Id == "solar" ? s with { AddressableShare = Distribution.Fixed(0.05) } : s)],
        };
        var compiled = new CompiledScenario(scenario);
        var thailand = compiled.CountryIndex["THA"];
        var solar = compiled.SectorIndex["solar"];

        var supply = new OpportunitySupply(compiled, 1, 0, 2);

        Assert.Equal(105.57, compiled.Countries[thailand].EmissionsMt[solar]);
        Assert.Equal(105.57e6 * 0.05, supply.PotentialTco2PerYear(thailand, solar, 1), 6);
        // Efficiency addresses fuel burnt in industry (43.94 Mt) and buildings (6.73 Mt).
        Assert.Equal(43.94 + 6.73, compiled.Countries[thailand].EmissionsMt[compiled.SectorIndex["efficiency"]], 9);
    }

    [Fact]
    public void A_candidates_flow_scales_with_its_own_emissions()
    {
        var scenario = BaselineScenarioTests.LoadBaseline();
        var compiled = new CompiledScenario(scenario);
        var india = compiled.Countries[compiled.CountryIndex["IND"]];
        var solar = compiled.SectorIndex["solar"];

        Assert.Equal(11.66, CandidatePotential.MedianPartnerMt(scenario)[solar], 9);
        // newPartnerOpportunitiesPerYear.solar 1.0 × (1,241.34 / 11.66)^0.3
        Assert.Equal(1.0 * Math.Pow(1241.34 / 11.66, 0.3), india.OpportunitiesPerYear[solar], 9);
    }

    [Fact]
    public void Emissions_of_every_partner_and_candidate_are_read_from_the_national_data()
    {
        var scenario = BaselineScenarioTests.LoadBaseline();
        var codes = scenario.NationalEmissions.Select(e => e.Code).ToHashSet();

        Assert.All(scenario.Partners, p => Assert.Contains(p.Code, codes));
        Assert.All(scenario.Expansion.Candidates, c => Assert.Contains(c.Code, codes));
        var rwanda = scenario.NationalEmissions.Single(e => e.Code == "RWA");
        Assert.Null(rwanda.ElectricityHeatMt);
        Assert.Equal(0.31, rwanda.WasteMt);
    }

    // The degenerate scenario buys 3 of ~200 identical 10,000 t/yr projects a year for five years (15 in all). A potential
    // of 60,000 t/yr, with the existing cohort's 50,000 captured, leaves room for the first year's three and then no more:
    // captured 80,000 ≥ 60,000 stops the flow.
    [Fact]
    public void A_small_potential_caps_the_captured_size()
    {
        var free = TestScenarios.Degenerate();
        var capped = Limited(free, electricityHeatMt: 0.06);

        Assert.Equal(15, SimulationRunner.RunOne(free).ProjectsFunded[0]);
        Assert.Equal(3, SimulationRunner.RunOne(capped).ProjectsFunded[0]);
        // A potential far above what is captured does not bind.
        Assert.Equal(15, SimulationRunner.RunOne(Limited(free, electricityHeatMt: 1000)).ProjectsFunded[0]);
    }

    [Fact]
    public void Headroom_is_the_share_of_the_potential_left()
    {
        Assert.Equal(0.25, OpportunitySupply.Headroom(75, 100));
        Assert.Equal(0, OpportunitySupply.Headroom(150, 100));
        Assert.Equal(1, OpportunitySupply.Headroom(150, double.PositiveInfinity));
    }

    // μ = 0.5 and a cohort of 5 projects: the factor is 1 + 0.5 ln 6 before anything is funded, 1 + 0.5 ln 8 after two more.
    [Fact]
    public void Maturity_raises_the_flow_with_the_projects_done()
    {
        var scenario = TestScenarios.Degenerate();
        var mature = scenario with { Pipeline = scenario.Pipeline with { MaturityPerLogProjects = Distribution.Fixed(0.5) } };
        var supply = new OpportunitySupply(new CompiledScenario(mature), 1, 0, 1);

        Assert.Equal(1 + (0.5 * Math.Log(6)), supply.Factors([1.0])[0][0], 12);
        supply.Record(new FundedProjects(2026, 2, [0, 0], [0, 0], [0, 0], [0, 0], [0, 1], [10_000, 10_000], [10, 10], [0.5, 0.5], [0, 0]));
        Assert.Equal(1 + (0.5 * Math.Log(8)), supply.Factors([1.0])[0][0], 12);

        // More opportunities where the market is mature: scarce flow, ample money.
        var scarce = scenario with
        {
            Partners = [scenario.Partners[0] with { OpportunitiesPerYear = new Dictionary<string, double> { ["solar"] = 1 } }],
            Channels = [scenario.Channels[0] with { AnnualBudgetJpy = YearPath.Constant(5e9) }],
        };
        var matureScarce = scarce with { Pipeline = scarce.Pipeline with { MaturityPerLogProjects = Distribution.Fixed(0.5) } };
        Assert.True(Funded(matureScarce) > Funded(scarce));
    }

    // A throughput of 2 registrations a year: five projects funded in one year start 0, 0, 1, 1 and 2 years late, and
    // the three left waiting delay next year's first project by ⌊3/2⌋ = 1 year.
    [Fact]
    public void Projects_beyond_the_joint_committees_throughput_wait_their_turn()
    {
        var scenario = TestScenarios.Degenerate();
        var limited = scenario with { Pipeline = scenario.Pipeline with { JointCommitteeRegistrationsPerYear = Distribution.Fixed(2) } };
        var queue = new JointCommitteeQueue(new CompiledScenario(limited with { ExistingPortfolio = [] }), 1, 0, 1);
        var delays = new int[5];

        queue.Assign(Funded(2026, 5), delays);
        Assert.Equal([0, 0, 1, 1, 2], delays);
        queue.Assign(Funded(2027, 1), delays);
        Assert.Equal(1, delays[0]);
    }

    [Fact]
    public void A_joint_committee_throughput_delays_the_reductions()
    {
        var scenario = TestScenarios.Degenerate();
        var limited = scenario with { Pipeline = scenario.Pipeline with { JointCommitteeRegistrationsPerYear = Distribution.Fixed(1) } };

        var free = SimulationRunner.RunOne(scenario);
        var late = SimulationRunner.RunOne(limited);

        Assert.Equal(free.ProjectsFunded[0], late.ProjectsFunded[0]);
        Assert.True(late.CumulativeMt[0][0] < free.CumulativeMt[0][0]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(32)]
    public void Potential_maturity_and_throughput_do_not_depend_on_the_block_size(int blockSize)
    {
        // Rich draws every new parameter, and Kenya's small potentials saturate within its horizon.
        var scenario = TestScenarios.Rich();
        var reference = SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 17, Trials, Trials));
        Assert.Equal(reference, SimulationRunner.PerTrialValues(SimulationRunner.Run(scenario, 17, Trials, blockSize)));
    }

    [Fact]
    public void Loaded_baseline_reads_the_new_inputs()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline.yaml"));

        Assert.Equal(EmissionSource.ElectricityHeat, scenario.Sectors.Single(s => s.Id == "solar").EmissionSource);
        Assert.Equal(EmissionSource.LandUseForestry, scenario.Sectors.Single(s => s.Id == "forestry").EmissionSource);
        Assert.NotNull(scenario.Pipeline.JointCommitteeRegistrationsPerYear);
        Assert.Equal(9.5, scenario.Pipeline.MaturityReferenceProjects);
    }

    private static Scenario Limited(Scenario scenario, double electricityHeatMt) => scenario with
    {
        Sectors = [scenario.Sectors[0] with { EmissionSource = EmissionSource.ElectricityHeat, AddressableShare = Distribution.Fixed(1) }],
        NationalEmissions = [new CountryEmissions { Code = "THA", Year = 2018, ElectricityHeatMt = electricityHeatMt }],
    };

    private static FundedProjects Funded(int year, int count) => new(
        year, count, new int[count], new int[count], new int[count], new int[count], [.. Enumerable.Range(0, count)],
        [.. Enumerable.Repeat(10_000.0, count)], [.. Enumerable.Repeat(10, count)], [.. Enumerable.Repeat(0.5, count)], new int[count]);

    private static double Funded(Scenario scenario) =>
        SimulationRunner.Run(scenario, 3, Trials, Trials).Sum(b => b.ProjectsFunded.Sum());
}
