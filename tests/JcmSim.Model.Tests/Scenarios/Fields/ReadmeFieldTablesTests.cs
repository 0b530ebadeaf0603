using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.Model.Tests.Scenarios.Fields;

/// <summary>The field tables of scenarios/README.md are generated from the field catalogue and kept equal to it.</summary>
public sealed class ReadmeFieldTablesTests
{
    private static readonly string Readme = Path.Combine(RepositoryPaths.Root, "scenarios", "README.md");

    [Fact]
    public void The_readme_field_tables_are_the_catalogue()
    {
        var difference = FieldReference.FirstDifference(File.ReadAllText(Readme));

        Assert.True(difference is null, difference + Environment.NewLine + "Regenerate the tables: jcmsim schema --update-readme scenarios/README.md");
    }

    [Fact]
    public void A_readme_row_that_drifts_from_the_catalogue_is_named()
    {
        var readme = FieldReference.Update(File.ReadAllText(Readme));
        var row = FieldReference.Lines().First(l => l.StartsWith("| `sectors.*.failureHazardPerYear`", StringComparison.Ordinal));
        var drifted = readme.Replace(row, row.Replace("[0, 1]", "[0, 1)", StringComparison.Ordinal), StringComparison.Ordinal);

        var difference = FieldReference.FirstDifference(drifted);

        Assert.NotNull(difference);
        Assert.Contains("README:    | `sectors.*.failureHazardPerYear` | number or distribution | 1/yr | [0, 1)", difference, StringComparison.Ordinal);
        Assert.Contains("catalogue: | `sectors.*.failureHazardPerYear` | number or distribution | 1/yr | [0, 1]", difference, StringComparison.Ordinal);
    }
}
