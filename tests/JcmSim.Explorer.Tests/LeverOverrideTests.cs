using JcmSim.Explorer.Tests.Support;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;

namespace JcmSim.Explorer.Tests;

/// <summary>The page's settings as a scenario file that extends the reference: read back by the command line's loader, it is the scenario the model's parameter walk makes.</summary>
public sealed class LeverOverrideTests
{
    private static readonly string Baseline = Path.Combine(Repository.Scenarios, "baseline.yaml");

    [Fact]
    public void Every_lever_of_the_baseline_held_in_a_file_reads_back_as_the_parameter_walk_holds_it()
    {
        var reference = ScenarioLoader.Load(Baseline);
        var levers = ExplorerLever.Of(reference);

        Assert.True(levers.Count >= 10, $"only {levers.Count} levers");
        foreach (var (lever, input) in levers)
        {
            var value = lever.Min + (0.3 * (lever.Max - lever.Min));
            var yaml = LeverOverride.Yaml(reference, "baseline.yaml", [(input, value)]);

            var loaded = LeverOverride.Load(yaml, Path.Combine(Repository.Scenarios, "baseline-explored.yaml"), [(input, value)]);

            // The model's numbers do not read uncertainties: (only studies do) an input studied with its
            // own distribution keeps that distribution as its stated study range.
            var held = input.Parameter.HeldAt(reference, value);
            Assert.True(ScenarioJson.Serialize(held) == ScenarioJson.Serialize(loaded with { Name = reference.Name, Uncertainties = held.Uncertainties }), $"{lever.Path} = {value}:\n{yaml}");
            var studied = Assert.Single(loaded.Uncertainties, u => u.Path == lever.Path);
            Assert.Equal(input.Range.Describe(), studied.Range?.Describe());
        }
    }

    [Fact]
    public void The_file_extends_the_reference_and_states_only_what_moved()
    {
        var reference = ScenarioLoader.Load(Baseline);
        var levers = ExplorerLever.Of(reference).ToDictionary(l => l.Lever.Path, l => l.Input);

        var yaml = LeverOverride.Yaml(reference, "baseline.yaml", [(levers["pipeline.multiplier"], 2.5), (levers["channels.moej.budgetMultiplier"], 3)]);

        Assert.Equal(
            "# The explorer's settings: the reference scenario with the inputs below held at the values chosen.\n"
            + "extends: baseline.yaml\npipeline:\n  multiplier: 2.5\nchannels:\n  moej:\n    budgetMultiplier: 3\n",
            yaml);
    }
}
