using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat.Citations;

namespace JcmSim.Model.Tests.Scenarios.Citations;

/// <summary>The Sources table of scenarios/README.md is generated from scenarios/sources.csv and kept equal to it.</summary>
public sealed class ReadmeSourcesTableTests
{
    private static readonly string Readme = RepositoryPaths.Scenario("README.md");
    private static readonly SourceList Sources = SourceList.Read(RepositoryPaths.Scenario("sources.csv"), "scenarios/sources.csv");

    [Fact]
    public void The_readme_sources_table_is_the_sources_file()
    {
        var difference = SourcesTable.FirstDifference(File.ReadAllText(Readme), Sources);

        Assert.True(difference is null, difference + Environment.NewLine + "Regenerate the table: jcmsim schema --update-readme scenarios/README.md");
    }

    [Fact]
    public void A_readme_row_that_drifts_from_the_sources_file_is_named()
    {
        var readme = SourcesTable.Update(File.ReadAllText(Readme), Sources);
        var row = SourcesTable.Lines(Sources).First(l => l.StartsWith("| moej-press-2021-09-27 |", StringComparison.Ordinal));
        var drifted = readme.Replace(row, row.Replace("2021-09-27 | https", "2021-09-28 | https", StringComparison.Ordinal), StringComparison.Ordinal);

        var difference = SourcesTable.FirstDifference(drifted, Sources);

        Assert.NotNull(difference);
        Assert.Contains("README:      | moej-press-2021-09-27 |", difference, StringComparison.Ordinal);
        Assert.Contains("sources.csv: | moej-press-2021-09-27 |", difference, StringComparison.Ordinal);
    }
}
