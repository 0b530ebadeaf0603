using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

public sealed class ScenarioBuilderTests
{
    [Fact]
    public void Builder_makes_a_tiny_fixed_scenario()
    {
        var scenario = new ScenarioBuilder()
            .WithName("tiny")
            .WithHorizon(2026, 2035)
            .WithTarget(2030, 0.5)
            .WithCohort(projects: 2, startYear: 2020, sizeTco2PerYear: 20_000, creditingYears: 10)
            .Build();

        Assert.Equal("tiny", scenario.Name);
        Assert.Equal(new SimulationHorizon(2026, 2035), scenario.Horizon);
        Assert.Equal([new ReductionTarget(2030, 0.5)], scenario.Accounting.Targets);
        Assert.Single(scenario.Partners);
        Assert.Single(scenario.Sectors);
        Assert.Single(scenario.Channels);
        Assert.Single(scenario.ExistingPortfolio);
        Assert.All(scenario.Sectors[0].GetType().GetProperties().Where(p => p.PropertyType == typeof(Distribution)),
            p => Assert.True(((Distribution)p.GetValue(scenario.Sectors[0])!).IsFixed, p.Name));
    }

    [Fact]
    public void Built_scenario_compiles_for_the_simulator()
    {
        var compiled = new CompiledScenario(new ScenarioBuilder().Build());

        Assert.Equal(ScenarioBuilder.Country, compiled.Countries[0].Code);
    }

    [Fact]
    public void Built_scenario_round_trips_through_json()
    {
        var scenario = new ScenarioBuilder().Build();

        var json = ScenarioJson.Serialize(scenario);

        Assert.Equal(json, ScenarioJson.Serialize(ScenarioJson.Deserialize(json)));
    }
}
