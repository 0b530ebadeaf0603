using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>
/// The potential levers studies reach (scenarios/README.md "Uncertainties"): the addressable-share multiplier
/// scales every sector's share distribution, the potential elasticity is set to the study's value.
/// </summary>
public sealed class PotentialLeverTests
{
    [Fact]
    public void The_addressable_share_multiplier_scales_every_sectors_share_distribution()
    {
        var baseline = BaselineScenarioTests.LoadBaseline();
        var lever = ScenarioLevers.All(baseline).Single(l => l.Path == ScenarioLevers.AddressableShare);

        var doubled = lever.HeldAt(baseline, 2);

        // solar: triangular(0.02, 0.05, 0.1) → triangular(0.04, 0.1, 0.2).
        Assert.Equal(new TriangularDistribution(0.04, 0.1, 0.2), doubled.Sectors.Single(s => s.Id == "solar").AddressableShare);
        Assert.All(baseline.Sectors.Zip(doubled.Sectors), p => Assert.Equal(2 * p.First.AddressableShare.Mean, p.Second.AddressableShare.Mean, 12));
        Assert.Equal(baseline.Sectors, lever.HeldAt(baseline, 1).Sectors);
    }

    [Fact]
    public void The_potential_elasticity_lever_sets_the_value_and_its_own_value_is_the_scenarios()
    {
        var baseline = BaselineScenarioTests.LoadBaseline();
        var lever = ScenarioLevers.All(baseline).Single(l => l.Path == ScenarioLevers.PotentialElasticity);

        Assert.Equal(Distribution.Fixed(0.3), lever.Distribution);
        Assert.Equal(0.8, lever.HeldAt(baseline, 0.8).Expansion.PotentialElasticity);
    }

    [Fact]
    public void The_baseline_studies_the_potential_and_joint_committee_inputs_with_their_ranges()
    {
        var studied = ScenarioParameters.Studied(BaselineScenarioTests.LoadBaseline()).ToDictionary(s => s.Path, s => s.Range, StringComparer.Ordinal);

        Assert.Equal(new UniformDistribution(0.5, 2), studied[ScenarioLevers.AddressableShare]);
        Assert.Equal(new UniformDistribution(0.05, 0.4), studied["pipeline.maturityPerLogProjects"]);
        Assert.Equal(new UniformDistribution(5, 40), studied["pipeline.jointCommitteeRegistrationsPerYear"]);
        Assert.Equal(new UniformDistribution(0, 0.2), studied["pipeline.jointCommitteeRegistrationsPerProject"]);
        Assert.Equal(new UniformDistribution(0.3, 1), studied[ScenarioLevers.PotentialElasticity]);
        Assert.Equal(new UniformDistribution(0, 0.9), studied["expansion.readinessCapacitySensitivity"]);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    public void Every_family_scaled_is_the_distribution_of_the_scaled_variable(double factor)
    {
        Distribution[] distributions =
        [
            Distribution.Fixed(2), new UniformDistribution(1, 3), new TriangularDistribution(1, 2, 4),
            new NormalDistribution(2, 0.5, 1, 3), LogNormalDistribution.FromMedian(2, 0.4), new BetaDistribution(2, 3, 1, 5),
        ];

        foreach (var d in distributions)
        {
            var scaled = d.Scaled(factor);
            foreach (var p in (double[])[0.1, 0.5, 0.9])
            {
                Assert.Equal(factor * d.Quantile(p), scaled.Quantile(p), 9);
            }
        }
    }
}
