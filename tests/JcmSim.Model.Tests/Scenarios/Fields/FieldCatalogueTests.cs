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
    public void Every_unit_of_an_uncertain_field_or_lever_has_a_Japanese_form()
    {
        var units = ScenarioFields.All.Where(f => f.Kind is ScenarioFieldKind.Distribution or ScenarioFieldKind.Lever || ScenarioLevers.ValueLevers.Contains(f.Path)).Select(f => f.Unit).Distinct();

        var missing = units.Where(u => !FieldUnits.HasJapanese(u)).ToList();
        Assert.True(missing.Count == 0, "No Japanese for: " + string.Join(" | ", missing));
        Assert.Equal("か国/年（ポアソン率）", StudyInputFields.UnitText("expansion.newPartnersPerYear").Ja);
    }

    [Fact]
    public void Every_input_a_study_can_vary_has_a_label_in_both_languages_not_its_field_name()
    {
        var baseline = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline.yaml"));

        // A camelCase word in a label is a field name shown as it is written in the file.
        var raw = ScenarioParameters.Studiable(baseline)
            .Where(p => System.Text.RegularExpressions.Regex.IsMatch(p.Label.En + " " + p.Label.Ja, @"\b[a-z]+[A-Z]\w*") || p.Label.Ja is null)
            .Select(p => $"{p.Path}: {p.Label.En} / {p.Label.Ja}")
            .ToList();

        Assert.True(raw.Count == 0, "Raw labels: " + string.Join(" | ", raw));
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
