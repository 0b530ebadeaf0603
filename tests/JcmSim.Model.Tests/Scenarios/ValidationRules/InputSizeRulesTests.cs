using System.Text;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios.ValidationRules;

/// <summary>
/// Input that is too big, too deep or not a file gets one clear message instead of exhausting
/// memory, overflowing the stack or reading forever.
/// </summary>
public sealed class InputSizeRulesTests : IDisposable
{
    private const string Main = ScenarioFiles.Main;
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Yaml_file_over_the_size_limit_is_refused_before_parsing()
    {
        var padding = new string('#', (int)ScenarioLimits.MaxFileBytes);
        _files.Write(Main, ScenarioFiles.MinimalYaml + padding + "\n");

        var error = _files.SingleError();

        Assert.Equal((_files.PathOf(Main), 1, 1), (error.File, error.Line, error.Column));
        Assert.StartsWith("file too large", error.Problem, StringComparison.Ordinal);
        Assert.Contains("8 MiB", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_file_over_the_size_limit_is_reported_where_it_is_named()
    {
        var rows = new StringBuilder(ScenarioFiles.PipelineCsv);
        while (rows.Length <= ScenarioLimits.MaxFileBytes)
        {
            rows.Append("# a long comment line that only pads the file beyond its limit ...........................\n");
        }

        _files.Write("data/pipeline.csv", rows.ToString());

        var error = _files.SingleError();

        Assert.Equal(("pipeline.file", _files.LineOf(Main, "file: data/pipeline.csv")), (error.FieldPath, error.Line));
        Assert.StartsWith("file too large", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_text_over_the_size_limit_is_refused()
    {
        var yaml = ScenarioFiles.MinimalYaml + "# " + new string('x', (int)ScenarioLimits.MaxFileBytes) + "\n";

        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(yaml, _files.PathOf("virtual.yaml"))).Errors;

        Assert.StartsWith("file too large", Assert.Single(errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_as_a_table_is_not_a_file()
    {
        Directory.CreateDirectory(_files.PathOf("data/folder.csv"));
        _files.Replace(Main, "partners: {file: data/partners.csv}", "partners: {file: data/folder.csv}");

        var error = _files.SingleError();

        Assert.Equal("partners.file", error.FieldPath);
        Assert.StartsWith("this is a folder, not a file", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_flow_nesting_is_refused_without_overflowing_the_stack()
    {
        _files.Write(Main, "title: " + new string('[', 200_000) + new string(']', 200_000) + "\n");

        var error = _files.SingleError();

        Assert.Equal(1, error.Line);
        Assert.StartsWith($"nesting deeper than {ScenarioLimits.MaxYamlDepth} levels", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_block_nesting_is_refused()
    {
        var yaml = new StringBuilder();
        for (var depth = 0; depth < 100; depth++)
        {
            yaml.Append(' ', depth).Append("k").Append(depth).Append(":\n");
        }

        _files.Write(Main, yaml.ToString());

        var error = _files.SingleError();

        Assert.Equal(ScenarioLimits.MaxYamlDepth + 1, error.Line);
        Assert.StartsWith("nesting deeper than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Exponential_aliases_are_stopped_at_the_node_limit()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        _files.Write(Main, yaml.ToString());

        var error = _files.SingleError();

        Assert.StartsWith($"the document expands to more than {ScenarioLimits.MaxYamlNodes:N0} values", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_chain_longer_than_the_limit_is_refused()
    {
        for (var i = 0; i < ScenarioLimits.MaxExtendsDepth + 5; i++)
        {
            _files.Write($"chain{i}.yaml", $"extends: chain{i + 1}.yaml\n");
        }

        _files.Write($"chain{ScenarioLimits.MaxExtendsDepth + 5}.yaml", $"extends: {Main}\n");

        var error = _files.SingleError("chain0.yaml");

        Assert.Equal("extends", error.FieldPath);
        Assert.Contains($"longer than {ScenarioLimits.MaxExtendsDepth} files", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_errors_are_capped_with_a_count_of_the_rest()
    {
        var rows = new StringBuilder("country,sector,opportunitiesPerYear\n");
        for (var i = 0; i < 2000; i++)
        {
            rows.Append("THA,solar,bad\n");
        }

        _files.Write("data/pipeline.csv", rows.ToString());

        var errors = _files.Errors();

        Assert.Equal(ScenarioLimits.MaxReportedErrors + 1, errors.Count);
        Assert.Matches(@"^[0-9,]+ more problems not shown", errors[^1].Problem);
    }

    [Fact]
    public void Very_long_text_is_refused_and_long_keys_are_shortened_in_messages()
    {
        _files.Replace(Main, "title: {en: Minimal, ja: 最小}", $"title: {new string('t', ScenarioLimits.MaxTextLength + 1)}\n{new string('k', 1000)}: 1");

        var errors = _files.Errors();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("title", $"at most {ScenarioLimits.MaxTextLength:N0} characters"), (errors[0].FieldPath, errors[0].Allowed));
        Assert.True(errors[1].ToString().Length < 700, errors[1].ToString());
        Assert.StartsWith("unknown key 'kkkk", errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifier_longer_than_the_limit_is_refused()
    {
        var id = "s" + new string('o', ScenarioLimits.MaxIdentifierLength);
        _files.Replace(Main, "  efficiency:\n    name: Energy efficiency", $"  {id}:\n    name: Energy efficiency");
        _files.Replace("data/pipeline.csv", "THA,efficiency,1\n", "");

        var error = _files.SingleError();

        Assert.Contains("is not a valid identifier", error.Problem, StringComparison.Ordinal);
        Assert.Contains($"at most {ScenarioLimits.MaxIdentifierLength} characters", error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void More_sectors_than_the_limit_are_refused()
    {
        var sectors = new StringBuilder();
        for (var i = 0; i <= ScenarioLimits.MaxSectors; i++)
        {
            sectors.Append($"  extra{i}: {{sizeTco2PerYear: 1, capexJpyPerTco2PerYear: 1, leadTimeYears: 1, creditingYears: 1, performanceRatio: 1, degradationPerYear: 0, failureHazardPerYear: 0, returnWithoutCredits: 0}}\n");
        }

        _files.Replace(Main, "sectors:\n", "sectors:\n" + sectors);

        var error = _files.SingleError();

        Assert.Equal(("sectors", $"at most {ScenarioLimits.MaxSectors}"), (error.FieldPath, error.Allowed));
    }

    [Fact]
    public void More_channels_than_the_limit_are_refused()
    {
        var channels = new StringBuilder();
        for (var i = 0; i <= ScenarioLimits.MaxChannels; i++)
        {
            channels.Append($"  extra{i}: {{kind: private, archetype: a, annualBudgetJpy: 1, japanContributionShare: 0.5, hurdleRate: 0.1, creditPriceExpectationFactor: 1, authorisationRisk: 0.1}}\n");
        }

        _files.Replace(Main, "channels:\n", "channels:\n" + channels);

        var error = _files.SingleError();

        Assert.Equal(("channels", $"at most {ScenarioLimits.MaxChannels}"), (error.FieldPath, error.Allowed));
    }

    [Fact]
    public void More_cohorts_than_the_limit_are_refused()
    {
        var rows = new StringBuilder("country,sector,channel,projects,startYear,sizeTco2PerYear,creditingYears\n");
        for (var i = 0; i <= ScenarioLimits.MaxCohorts; i++)
        {
            rows.Append("THA,solar,moej,1,2020,1,1\n");
        }

        _files.Write("data/portfolio.csv", rows.ToString());

        var error = _files.SingleError();

        Assert.Equal("existingPortfolio", error.FieldPath);
        Assert.Contains($"at most {ScenarioLimits.MaxCohorts:N0} rows", error.Allowed, StringComparison.Ordinal);
    }
}
