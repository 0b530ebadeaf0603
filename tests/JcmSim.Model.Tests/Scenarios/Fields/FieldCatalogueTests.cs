using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.Model.Tests.Scenarios.Fields;

/// <summary>The field catalogue states each fact of a field once.</summary>
public sealed class FieldCatalogueTests
{
    [Fact]
    public void Every_field_path_is_stated_once()
    {
        var repeated = ScenarioFields.All.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_input_a_study_can_vary_has_a_range_in_the_catalogue()
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline.yaml"));

        var missing = ScenarioParameters.Studiable(baseline).Select(p => p.Path).Where(p => !ScenarioFields.StudyRanges.ContainsKey(p[(p.LastIndexOf('.') + 1)..]));

        Assert.Empty(missing);
    }

    [Fact]
    public void A_per_country_parameter_has_the_same_range_and_description_under_every_path()
    {
        var retention = ScenarioFields.All.Where(f => f.Key == "hostRetentionShare").ToList();

        Assert.Equal(["countryDefaults.hostRetentionShare", "countryOverrides.*.hostRetentionShare", "expansion.hostRetentionShare"], retention.Select(f => f.Path));
        Assert.Single(retention.Select(f => (f.Allowed, f.Description, f.Unit)).Distinct());
    }
}
