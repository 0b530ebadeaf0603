using System.Text.Json;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

public sealed class ScenarioJsonTests
{
    [Fact]
    public void Baseline_round_trips_exactly()
    {
        var baseline = BaselineScenarioTests.LoadBaseline();

        var json = ScenarioJson.Serialize(baseline);
        var back = ScenarioJson.Deserialize(json);

        // Lists and dictionaries compare by reference in records, so compare the re-serialized text,
        // and the list-free parts directly.
        Assert.Equal(json, ScenarioJson.Serialize(back));
        Assert.Equal(baseline.Horizon, back.Horizon);
        Assert.Equal(baseline.Title, back.Title);
        Assert.Equal(baseline.Sectors, back.Sectors);
        Assert.Equal(baseline.Credits, back.Credits);
        Assert.Equal(baseline.Accounting.Targets, back.Accounting.Targets);
        Assert.Equal(baseline.ExistingPortfolio, back.ExistingPortfolio);
        Assert.Equal(baseline.Channels.Select(c => c.GetType()), back.Channels.Select(c => c.GetType()));
        Assert.Equal(baseline.Partners.Select(p => p.OpportunitiesPerYear.ToList()), back.Partners.Select(p => p.OpportunitiesPerYear.ToList()));
    }

    [Fact]
    public void Json_is_camel_case_with_discriminators_and_enum_names()
    {
        var json = ScenarioJson.Serialize(new ScenarioBuilder().Build());

        Assert.Contains("\"kind\": \"public\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dist\": \"fixed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"allocation\": \"contributionProportional\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sizeTco2PerYear\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"years\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"isPublic\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Doubles_survive_the_round_trip_bit_for_bit()
    {
        var scenario = new ScenarioBuilder().WithProjectSize(0.1 + 0.2).WithBudget(1.0 / 3.0 * 1e10).Build();

        var back = ScenarioJson.Deserialize(ScenarioJson.Serialize(scenario));

        Assert.Equal(0.1 + 0.2, back.Sectors[0].SizeTco2PerYear.Mean);
        Assert.Equal(1.0 / 3.0 * 1e10, back.Channels[0].AnnualBudgetJpy.Points[0].Value);
    }

    [Fact]
    public void Unknown_properties_are_rejected()
    {
        var json = ScenarioJson.Serialize(new ScenarioBuilder().Build()).Replace("\"question\"", "\"questionn\"", StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => ScenarioJson.Deserialize(json));
    }
}
