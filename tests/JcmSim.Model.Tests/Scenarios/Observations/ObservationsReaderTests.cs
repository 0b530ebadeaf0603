using JcmSim.Model.Observations;
using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat;

namespace JcmSim.Model.Tests.Scenarios.Observations;

/// <summary>
/// A scenario's <c>observations:</c> (a CSV file or inline rows): good rows become recorded
/// observations with the share of their fiscal year, bad rows get one message each with the file,
/// line, field and what is allowed.
/// </summary>
public sealed class ObservationsReaderTests : IDisposable
{
    private const string Header = "fiscalYear,asOf,quantity,value,unit,set,source,note\n";
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Rows_of_a_csv_file_become_observations_with_the_share_of_their_fiscal_year()
    {
        Given_observations(
            "2021,2021-09-27,moejProjectsSelected,194,projects,validation,moej-press-2021-09-27,after the first round\n" +
            "2018,2018,moejExpectedReductionsTo2030Mt,10,MtCO2,calibration,moej-press-105650,\n" +
            "2020,2021-06-15,moejProjectsSelected,176,projects,validation,asiaeec-2021-07,announced in FY2021\n");

        var observations = ScenarioLoader.Load(_files.PathOf(ScenarioFiles.Main)).Observations;

        Assert.Equal(3, observations.Count);
        var first = observations[0];
        Assert.Equal((2021, "2021-09-27", "moejProjectsSelected", 194.0, "projects", ObservationRole.Validation, "moej-press-2021-09-27"),
            (first.FiscalYear, first.AsOf, first.Quantity, first.Value, first.Unit, first.Role, first.Source));
        // 1 April to 27 September 2021: 180 of the fiscal year's 365 days.
        Assert.Equal(180.0 / 365, first.YearFraction, 12);
        Assert.Equal(ObservationRole.Calibration, observations[1].Role);
        Assert.Equal(1.0, observations[1].YearFraction);
        Assert.Equal(1.0, observations[2].YearFraction);
    }

    [Fact]
    public void The_record_of_the_repository_loads_with_the_hindcast()
    {
        var hindcast = ScenarioLoader.Load(RepositoryPaths.Scenario("hindcast-2013.yaml"));

        Assert.Equal(34, hindcast.Observations.Count);
        Assert.All(hindcast.Observations, o => Assert.Equal(o.FiscalYear <= 2019 ? ObservationRole.Calibration : ObservationRole.Validation, o.Role));
    }

    [Fact]
    public void An_unknown_quantity_is_named_with_its_line_a_suggestion_and_the_allowed_quantities()
    {
        Given_observations("2021,2021-09-27,moejProjectSelected,194,projects,validation,moej-press-2021-09-27,\n");

        var error = _files.SingleError();

        Assert.Equal(("observations[0].quantity", 2), (error.FieldPath, error.Line));
        Assert.EndsWith("data/record.csv", error.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal("unknown quantity 'moejProjectSelected'; did you mean 'moejProjectsSelected'?", error.Problem);
        Assert.Contains("creditsIssuedCumulativeT", error.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021,2021-09-27,partnersSigned,17,projects,validation,moej-cop26-2021,", "observations[0].unit", "'projects' is not the unit of partnersSigned", "countries")]
    [InlineData("2021,2021-09-27,partnersSigned,17,countries,holdout,moej-cop26-2021,", "observations[0].set", "unknown set 'holdout'", "calibration, validation")]
    [InlineData("2021,27/09/2021,partnersSigned,17,countries,validation,moej-cop26-2021,", "observations[0].asOf", "'27/09/2021' is not a date", "a date YYYY-MM-DD or a year YYYY")]
    [InlineData("2021,2021-09-27,partnersSigned,-1,countries,validation,moej-cop26-2021,", "observations[0].value", "", "≥ 0")]
    public void A_bad_cell_gets_one_message_with_its_field_and_what_is_allowed(string row, string field, string problem, string allowed)
    {
        Given_observations(row + "\n");

        var error = _files.SingleError();

        Assert.Equal((field, 2), (error.FieldPath, error.Line));
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(allowed, error.Allowed);
    }

    [Fact]
    public void Inline_rows_without_a_source_are_refused()
    {
        _files.Write(ScenarioFiles.Main, ScenarioFiles.MinimalYaml + "observations:\n  - {fiscalYear: 2027, quantity: partnersSigned, value: 3, unit: countries, set: validation}\n");

        var error = _files.SingleError();

        Assert.Equal("observations[0].source", error.FieldPath);
        Assert.Equal("required key is missing", error.Problem);
    }

    private void Given_observations(string rows)
    {
        _files.Write("data/record.csv", Header + rows);
        _files.Write(ScenarioFiles.Main, ScenarioFiles.MinimalYaml + "observations: {file: data/record.csv}\n");
    }
}
