using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.Model.Tests.Scenarios.Fields;

/// <summary>Readers outside the format (the workbook, the explorer) find a scenario input's catalogue field by its path.</summary>
public sealed class ScenarioFieldFactsTests
{
    [Fact]
    public void An_entry_path_finds_the_field_whose_pattern_matches_segment_by_segment()
    {
        var budget = ScenarioFieldFacts.Find("channels.moej.annualBudgetJpy");

        Assert.NotNull(budget);
        Assert.Equal("JPY/yr", budget.Unit);
        Assert.EndsWith(".annualBudgetJpy", budget.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_override_is_documented_under_the_country_default()
    {
        var retention = ScenarioFieldFacts.Find("partners.THA.hostRetentionShare");

        Assert.NotNull(retention);
        Assert.Equal("countryDefaults.hostRetentionShare", retention.Path);
        Assert.Equal("share", retention.Unit);
    }

    [Fact]
    public void A_path_of_no_field_finds_nothing_and_no_basis_is_a_markdown_link()
    {
        Assert.Null(ScenarioFieldFacts.Find("pipeline.noSuchField"));
        Assert.DoesNotContain(ScenarioFieldFacts.All, f => f.Basis.Contains("](#", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_input_of_the_baseline_has_a_catalogue_field()
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline.yaml"));

        var missing = ScenarioParameters.All(baseline).Select(p => p.Path).Where(p => ScenarioFieldFacts.Find(p) is null);

        Assert.Empty(missing);
    }
}
