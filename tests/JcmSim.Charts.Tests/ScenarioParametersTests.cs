using JcmSim.Model.Scenarios.Parameters;
using System.Collections;
using JcmSim.Charts.Tests.Support;
using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;

namespace JcmSim.Charts.Tests;

/// <summary>The walk over a scenario's distribution-valued inputs: complete, stable, and replacing exactly one input.</summary>
public sealed class ScenarioParametersTests
{
    public static TheoryData<string> Scenarios => new() { "sample", "baseline" };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_walk_finds_every_distribution_property_of_the_scenario(string which)
    {
        // Reflection counts every Distribution-typed property reachable from the scenario record; a
        // new uncertain input added to the model without a path here fails this test.
        var scenario = Load(which);
        Assert.Equal(CountDistributions(scenario), ScenarioParameters.All(scenario).Count);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Paths_are_unique_and_dotted(string which)
    {
        var paths = ScenarioParameters.All(Load(which)).Select(p => p.Path).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.All(paths, p => Assert.Matches("^[a-zA-Z]+(\\.[A-Za-z0-9_-]+)+$", p));
        Assert.Contains("channels.moej.budgetMultiplier", paths);
        Assert.Contains("sectors.solar.sizeTco2PerYear", paths);
        Assert.Contains("partners.THA.countryRiskPremium", paths);
        Assert.Contains("creditPrice.volatility", paths);
    }

    [Fact]
    public void Replacing_an_input_changes_that_input_only_and_leaves_the_original_alone()
    {
        var scenario = SampleScenario.Create();
        var before = ScenarioJson.Serialize(scenario);
        var parameters = ScenarioParameters.All(scenario);
        foreach (var parameter in parameters)
        {
            var changed = parameter.Replace(scenario, Distribution.Fixed(42));
            var after = ScenarioParameters.All(changed);
            for (var i = 0; i < parameters.Count; i++)
            {
                var expected = parameters[i].Path == parameter.Path ? "42" : parameters[i].Distribution.Describe();
                Assert.Equal(expected, after[i].Distribution.Describe());
            }
        }

        Assert.Equal(before, ScenarioJson.Serialize(scenario));
    }

    [Fact]
    public void Per_trial_inputs_are_held_with_a_fixed_distribution_per_project_inputs_with_a_degenerate_uniform()
    {
        var parameters = ScenarioParameters.All(SampleScenario.Create());
        var budget = parameters.Single(p => p.Path == "channels.moej.budgetMultiplier");
        var size = parameters.Single(p => p.Path == "sectors.solar.sizeTco2PerYear");

        Assert.Equal(ParameterScope.PerTrial, budget.Scope);
        Assert.Equal(Distribution.Fixed(budget.Distribution.Quantile(0.1)), budget.FixedAt(0.1));
        Assert.Equal(ParameterScope.PerProject, size.Scope);
        var p90 = size.Distribution.Quantile(0.9);
        Assert.Equal(new UniformDistribution(p90, p90), size.FixedAt(0.9));
    }

    public static TheoryData<Distribution> OneUniformSamplers => new()
    {
        new UniformDistribution(0, 1),
        new TriangularDistribution(1, 2, 3),
        new NormalDistribution(0.9, 0.1, 0.4, 1.2),
        new NormalDistribution(0, 1),
        LogNormalDistribution.FromMedian(5000, 0.8),
    };

    [Theory]
    [MemberData(nameof(OneUniformSamplers))]
    public void A_held_per_project_input_leaves_the_next_draw_of_its_stream_unchanged(Distribution distribution)
    {
        // Per-project attributes share one stream per opportunity: the stand-in constant must use as
        // many uniforms as the distribution it replaces, so later attributes keep their numbers.
        var held = new ScenarioParameter("x", new LocalizedText("x"), distribution, ParameterScope.PerProject, (s, _) => s).FixedAt(0.3);
        var key = StreamKey.For(3, JcmSim.Model.Randomness.StableHash.Of(distribution.Describe()), 2030, RandomPurpose.OpportunityAttributes);
        for (var trial = 0; trial < 200; trial++)
        {
            var original = new RandomStream(key, trial);
            var replaced = new RandomStream(key, trial);
            distribution.Sample(ref original);
            Assert.Equal(distribution.Quantile(0.3), held.Sample(ref replaced), 12);
            Assert.Equal(original.NextUniform(), replaced.NextUniform());
        }
    }

    private static Scenario Load(string which) =>
        which == "baseline" ? ScenarioLoader.Load(RepositoryPaths.Baseline) : SampleScenario.Create();

    private static int CountDistributions(object value)
    {
        var count = 0;
        foreach (var property in value.GetType().GetProperties())
        {
            // The study ranges of uncertainties: are not model inputs: they name inputs the walk finds.
            if (property.GetIndexParameters().Length > 0 || property.Name == nameof(Scenario.Uncertainties))
            {
                continue;
            }

            var child = property.GetValue(value);
            if (child is Distribution)
            {
                count++;
            }
            else if (child is IEnumerable items and not string && property.PropertyType.IsGenericType)
            {
                foreach (var item in items)
                {
                    if (item is not null && item.GetType().Namespace?.StartsWith("JcmSim.Model", StringComparison.Ordinal) == true)
                    {
                        count += CountDistributions(item);
                    }
                }
            }
            else if (child is not null && child.GetType().Namespace?.StartsWith("JcmSim.Model", StringComparison.Ordinal) == true && !child.GetType().IsEnum)
            {
                count += CountDistributions(child);
            }
        }

        return count;
    }
}
