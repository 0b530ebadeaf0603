using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>The <c>uncertainties:</c> and <c>correlations:</c> blocks: reading, validation with positions, extends: merging, JSON.</summary>
public sealed class UncertaintiesTests : IDisposable
{
    private const string Main = ScenarioFiles.Main;
    private const string Block = """
        uncertainties:
          sectors.solar.sizeTco2PerYear: own
          privateCapital.multiplier: {dist: uniform, min: 0.5, max: 4}
          pipeline.growthRatePerYear: {dist: triangular, min: 0, mode: 0.02, max: 0.06}
        correlations:
          - {between: [privateCapital.multiplier, pipeline.growthRatePerYear], spearman: 0.4}

        """;

    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Named_inputs_are_read_in_order_with_own_distribution_as_null_range()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + Block);

        var scenario = ScenarioLoader.Load(_files.PathOf(Main));

        Assert.Equal(["sectors.solar.sizeTco2PerYear", "privateCapital.multiplier", "pipeline.growthRatePerYear"], scenario.Uncertainties.Select(u => u.Path));
        Assert.Null(scenario.Uncertainties[0].Range);
        Assert.Equal(new UniformDistribution(0.5, 4), scenario.Uncertainties[1].Range);
        Assert.Equal(new RankCorrelation("privateCapital.multiplier", "pipeline.growthRatePerYear", 0.4), Assert.Single(scenario.Correlations));
        var studied = ScenarioParameters.Studied(scenario);
        Assert.Equal(scenario.Sectors[0].SizeTco2PerYear, studied[0].Range);
        Assert.True(studied[1].Parameter.IsLever);
    }

    [Fact]
    public void Unknown_path_is_reported_at_its_key_with_the_paths_under_the_known_prefix()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + "uncertainties:\n  sectors.solar.sizeTco2PerYr: own\n");

        var error = _files.SingleError();

        Assert.Equal(_files.LineOf(Main, "sizeTco2PerYr"), error.Line);
        Assert.Equal("uncertainties.sectors.solar.sizeTco2PerYr", error.FieldPath);
        Assert.Contains("did you mean 'sectors.solar.sizeTco2PerYear'?", error.Problem, StringComparison.Ordinal);
        Assert.Contains("sectors.solar.capexJpyPerTco2PerYear", error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_section_lists_the_sections_and_levers()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + "uncertainties:\n  market.price: own\n");

        var error = _files.SingleError();

        Assert.Contains("sectors.…", error.Allowed, StringComparison.Ordinal);
        Assert.Contains("privateCapital.…", error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_outside_the_fields_allowed_range_is_refused()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + "uncertainties:\n  agreements.extensionProbability: {dist: uniform, min: 0.5, max: 1.5}\n");

        var error = _files.SingleError();

        Assert.Equal("uncertainties.agreements.extensionProbability", error.FieldPath);
        Assert.Contains("outside the allowed range", error.Problem, StringComparison.Ordinal);
        Assert.Equal("[0, 1]", error.Allowed);
    }

    [Fact]
    public void Lever_without_a_range_and_fixed_input_with_own_are_refused()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + "uncertainties:\n  privateCapital.multiplier: own\n  pipeline.multiplier: own\n  credits.conservativenessFactor: 0.9\n");

        var errors = _files.Errors();

        Assert.Equal(3, errors.Count);
        Assert.Contains("a lever has no distribution of its own", errors[0].Problem, StringComparison.Ordinal);
        Assert.Contains("the scenario fixes this input", errors[1].Problem, StringComparison.Ordinal);
        Assert.Contains("not a range to study", errors[2].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Correlation_of_an_input_not_named_in_uncertainties_is_refused_at_the_path()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + Block.Replace("between: [privateCapital.multiplier,", "between: [pipeline.multiplier,", StringComparison.Ordinal));

        var error = _files.SingleError();

        Assert.Equal("correlations[0].between[0]", error.FieldPath);
        Assert.Equal(_files.LineOf(Main, "between: [pipeline.multiplier"), error.Line);
        Assert.Contains("privateCapital.multiplier", error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Correlations_that_cannot_hold_together_are_refused_as_not_positive_definite()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + """
            uncertainties:
              privateCapital.multiplier: {dist: uniform, min: 0.5, max: 4}
              pipeline.growthRatePerYear: {dist: uniform, min: 0, max: 0.1}
              creditPrice.trendMultiplier: {dist: uniform, min: 0.5, max: 2}
            correlations:
              - {between: [privateCapital.multiplier, pipeline.growthRatePerYear], spearman: 0.9}
              - {between: [pipeline.growthRatePerYear, creditPrice.trendMultiplier], spearman: 0.9}
              - {between: [privateCapital.multiplier, creditPrice.trendMultiplier], spearman: -0.9}

            """);

        var error = _files.SingleError();

        Assert.Equal("correlations", error.FieldPath);
        Assert.Contains("not positive definite", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Spearman_outside_minus_one_to_one_and_duplicate_pairs_are_refused()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + Block + "  - {between: [pipeline.growthRatePerYear, privateCapital.multiplier], spearman: 1.5}\n");

        var errors = _files.Errors();

        Assert.Single(errors, e => e.FieldPath == "correlations[1].spearman" && e.Allowed == "[−1, 1]");
    }

    [Fact]
    public void A_variant_merges_inputs_key_by_key_and_removes_one_with_null()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + Block);
        _files.Write("variant.yaml", """
            extends: minimal.yaml
            uncertainties:
              sectors.solar.sizeTco2PerYear: ~
              privateCapital.multiplier: {dist: uniform, min: 1, max: 8}
              expansion.newPartnersPerYear: {dist: uniform, min: 0, max: 3}
            correlations: []

            """);

        var scenario = ScenarioLoader.Load(_files.PathOf("variant.yaml"));

        Assert.Equal(["privateCapital.multiplier", "pipeline.growthRatePerYear", "expansion.newPartnersPerYear"], scenario.Uncertainties.Select(u => u.Path));
        Assert.Equal(new UniformDistribution(1, 8), scenario.Uncertainties[0].Range);
        Assert.Empty(scenario.Correlations);
    }

    [Fact]
    public void Uncertainties_round_trip_through_json()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml + Block);
        var scenario = ScenarioLoader.Load(_files.PathOf(Main));

        var back = ScenarioJson.Deserialize(ScenarioJson.Serialize(scenario));

        Assert.Equal(scenario.Uncertainties, back.Uncertainties);
        Assert.Equal(scenario.Correlations, back.Correlations);
    }

    [Fact]
    public void Lever_scales_every_private_channels_capital_and_leaves_public_money_alone()
    {
        _files.Write(Main, ScenarioFiles.MinimalYaml);
        var scenario = ScenarioLoader.Load(_files.PathOf(Main));
        var lever = ScenarioLevers.All(scenario).Single(l => l.Path == ScenarioLevers.PrivateCapital);

        var scaled = lever.HeldAt(scenario, 3);

        Assert.Equal(3e9, scaled.Channels.Single(c => c.Id == "house").AnnualBudgetJpy.At(2028));
        Assert.Equal(scenario.Channels.Single(c => c.Id == "moej").AnnualBudgetJpy, scaled.Channels.Single(c => c.Id == "moej").AnnualBudgetJpy);
        Assert.Equal(1e9, ScenarioLevers.PrivateCapitalJpy(scenario, 2028));
    }
}
