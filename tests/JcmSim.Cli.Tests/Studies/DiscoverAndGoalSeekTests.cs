using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests.Studies;

/// <summary><c>jcmsim discover</c> (PRIM on sweep points) and <c>jcmsim goal-seek</c> (bisection under common random numbers), end to end.</summary>
public sealed class DiscoverAndGoalSeekTests
{
    // The baseline with the public levers pulled hard (Ministry ×4, five new partners a year,
    // certain extension): the FY2040 target then turns on the opportunity flow, so a study of
    // pipeline.multiplier has both outcomes in its range (seed 1, 20 trials a point: P(2040) is 0 %
    // up to ×3.5 and 45–85 % from ×5 to ×8). Private money and a higher credit price are left out:
    // since origination answers money, with them the target was met from ×2 on.
    private static string StrongPolicy(TempDirectory temp) => temp.File("strong.yaml", $$$"""
        extends: {{{Repository.Baseline}}}
        title: {en: Strong public policy, ja: 強い公的政策}
        channels:
          moej: {budgetMultiplier: 4}
        expansion: {newPartnersPerYear: 5}
        agreements: {extensionProbability: 1}

        """);

    [Fact]
    public void Discover_on_a_sweep_folder_describes_where_the_2040_target_is_missed()
    {
        using var temp = new TempDirectory();
        var sweep = Path.Combine(temp.Path, "sweep");
        var output = Path.Combine(temp.Path, "discover");
        var scenario = StrongPolicy(temp);
        var swept = CliRun.Invoke("sweep", scenario, "--design", "lhs", "--samples", "32", "--inputs", "pipeline.multiplier,creditPrice.trendMultiplier", "--trials-per-point", "8", "--out", sweep, "--in-process");
        Assert.True(swept.ExitCode == ExitCodes.Ok, swept.Error);

        var run = CliRun.Invoke("discover", scenario, "--target", "2040", "--from", sweep, "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var json = StudyFiles.Json(output, "discover.json");
        var sentence = json.GetProperty("sentence").GetProperty("en").GetString()!;
        Assert.StartsWith("The 2040 target is missed", sentence, StringComparison.Ordinal);
        Assert.Contains(sentence, run.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        // Few opportunities is where the target is missed: the box cuts the pipeline multiplier from above.
        var chosen = json.GetProperty("trajectory")[json.GetProperty("chosenStep").GetInt32()];
        var pipeline = chosen.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("path").GetString() == "pipeline.multiplier");
        Assert.True(pipeline.GetProperty("restrictsHigh").GetBoolean());
        Assert.True(chosen.GetProperty("density").GetDouble() >= json.GetProperty("trajectory")[0].GetProperty("density").GetDouble());
        foreach (var file in new[] { "boxes.csv", "boxes.parquet", "manifest.json", "charts/prim-trajectory-2040.png", "charts/prim-box-2040.svg" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }
    }

    [Fact]
    public void Discover_without_a_sweep_folder_runs_a_latin_hypercube_sweep_and_keeps_its_points()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "discover");

        var run = CliRun.Invoke("discover", StrongPolicy(temp), "--target", "2040", "--samples", "16", "--inputs", "pipeline.multiplier", "--trials-per-point", "3", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(16, StudyFiles.Csv(output, "points.csv").Count);
        var json = StudyFiles.Json(output, "discover.json");
        Assert.Equal("lhs 16", json.GetProperty("source").GetString());
        Assert.Equal(16, json.GetProperty("cases").GetInt32());
    }

    [Fact]
    public void Discover_from_a_folder_without_a_sweep_is_bad_input()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Invoke("discover", Repository.Baseline, "--from", temp.Path, "--out", Path.Combine(temp.Path, "out"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no sweep.json", run.Error);
    }

    [Fact]
    public void Goal_seek_finds_the_opportunity_multiplier_that_makes_the_2040_target_likely()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "goal");

        var run = CliRun.Invoke("goal-seek", StrongPolicy(temp), "--lever", "pipeline.multiplier", "--target", "2040", "--probability", "0.5", "--trials", "12", "--max-probes", "6", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var json = StudyFiles.Json(output, "goal-seek.json");
        Assert.Equal("reached", json.GetProperty("status").GetString());
        var value = json.GetProperty("value").GetDouble();
        Assert.InRange(value, 0.5, 8);
        Assert.True(json.GetProperty("increasing").GetBoolean());
        var probes = StudyFiles.Csv(output, "probes.csv");
        Assert.InRange(probes.Count, 3, 6);
        // The answer lies between a probe below the probability sought and one at or above it.
        Assert.Contains(probes, p => p.Number("value") <= value && p.Number("p_met") < 0.5);
        Assert.Contains(probes, p => p.Number("value") >= value && p.Number("p_met") >= 0.5);
        Assert.Contains("is reached at pipeline.multiplier", run.Output);
    }

    [Fact]
    public void Goal_seek_on_private_capital_reports_jpy_per_year_or_why_not_reachable()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "capital");

        var run = CliRun.Invoke("goal-seek", Repository.Baseline, "--lever", "privateCapital.multiplier", "--target", "2030", "--trials", "6", "--max-probes", "3", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var json = StudyFiles.Json(output, "goal-seek.json");
        Assert.Equal(60e9, json.GetProperty("jpyPerYear").GetProperty("perUnitJpy").GetDouble());
        Assert.Equal("unreachableWithinRange", json.GetProperty("status").GetString());
        Assert.Contains("is not reachable with privateCapital.multiplier in [0.5, 20]", run.Output);
    }

    [Theory]
    [InlineData("--lever", "nosuch.path", "--lever nosuch.path")]
    [InlineData("--probability", "1.5", "--probability 1.5")]
    public void Goal_seek_bad_options_are_bad_input(string option, string value, string message)
    {
        using var temp = new TempDirectory();
        string[] args = option == "--lever"
            ? ["goal-seek", Repository.Baseline, option, value, "--out", Path.Combine(temp.Path, "out"), "--in-process"]
            : ["goal-seek", Repository.Baseline, "--lever", "pipeline.multiplier", option, value, "--out", Path.Combine(temp.Path, "out"), "--in-process"];

        var run = CliRun.Invoke(args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }
}
