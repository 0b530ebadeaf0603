using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

/// <summary>Each kind of bad input: exit 2, one clear message naming file and field, nothing written.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string> BadScenarios => new()
    {
        // name, YAML appended to "extends: BASELINE", text the message must contain
        { "malformed-yaml", "horizon: {firstYear: 2026, lastYear: [", "bad.yaml:" },
        { "unknown-key", "horizonn:\n  firstYear: 2026", "horizonn" },
        { "wrong-type", "horizon:\n  firstYear: soon", "horizon.firstYear" },
        { "probability-above-one", "agreements:\n  extensionProbability: 1.5", "agreements.extensionProbability" },
        { "triangular-min-above-max", "pipeline:\n  multiplier: {dist: triangular, min: 2, mode: 1, max: 0.5}", "pipeline.multiplier" },
        { "negative-sd", "creditPrice:\n  volatility: {dist: normal, mean: 0.2, sd: -1}", "creditPrice.volatility" },
        { "years-reversed", "horizon:\n  firstYear: 2041\n  lastYear: 2040", "horizon" },
        { "unknown-distribution", "pipeline:\n  multiplier: {dist: weibull, k: 2}", "pipeline.multiplier" },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void Bad_scenario_exits_2_names_file_and_field_and_writes_nothing(string name, string yaml, string expected)
    {
        using var temp = new TempDirectory();
        var path = temp.File("bad.yaml", $"extends: {Repository.Baseline}\n{yaml}\n");
        var output = Path.Combine(temp.Path, "out-" + name);

        var run = CliRun.Invoke("run", path, "--trials", "10", "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("bad.yaml", run.Error);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Missing_scenario_file_exits_2()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Invoke("run", Path.Combine(temp.Path, "nope.yaml"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("nope.yaml", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Extends_cycle_exits_2_naming_the_chain()
    {
        using var temp = new TempDirectory();
        temp.File("a.yaml", "extends: b.yaml\n");
        temp.File("b.yaml", "extends: a.yaml\n");

        var run = CliRun.Invoke("validate", Path.Combine(temp.Path, "a.yaml"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("a.yaml", run.Error);
        Assert.Contains("b.yaml", run.Error);
    }

    [Fact]
    public void Missing_csv_file_exits_2_naming_the_field()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bad.yaml", $"extends: {Repository.Baseline}\npartners:\n  file: data/none.csv\n");

        var run = CliRun.Invoke("validate", path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("none.csv", run.Error);
        Assert.Contains("partners", run.Error);
    }

    [Theory]
    [InlineData("--trials", "0", "--trials")]
    [InlineData("--trials", "-5", "--trials")]
    [InlineData("--block-size", "100000", "--block-size")]
    [InlineData("--lang", "fr", "fr")]
    [InlineData("--seed", "minus-one", "minus-one")]
    public void Bad_option_exits_2_with_what_is_allowed(string option, string value, string expected)
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Invoke("run", Repository.Baseline, option, value, "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Non_empty_output_folder_is_refused_without_force()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "10", "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--force", run.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "keep.txt")));
    }
}
