using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests.Studies;

/// <summary><c>jcmsim map</c>: P(targets) over private capital × partner expansion (or two other inputs) with contours.</summary>
public sealed class MapCommandTests
{
    [Fact]
    public void Map_of_a_small_grid_writes_its_table_json_charts_and_manifest()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "map");

        var run = CliRun.Invoke("map", Repository.Baseline, "--levels", "3", "--trials-per-point", "6", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var file in new[] { "map.parquet", "map.csv", "map.json", "manifest.json", "charts/map-2030.png", "charts/map-2030.svg", "charts/map-2040.png", "charts/map-2040.svg" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        // The default axes over the baseline's study ranges: private capital uniform(0.5, 20), new partners uniform(0, 6).
        var rows = StudyFiles.Csv(output, "map.csv");
        Assert.Equal(9, rows.Count);
        Assert.Equal([0.5, 10.25, 20], rows.Select(r => r.Number("privateCapital.multiplier")).Distinct().Order());
        Assert.Equal([0.0, 3, 6], rows.Select(r => r.Number("expansion.newPartnersPerYear")).Distinct().Order());
        Assert.All(rows, r => Assert.InRange(r.Number("p_met_2030"), r.Number("p_met_low_2030"), r.Number("p_met_high_2030")));
        Assert.All(rows, r => Assert.True(r.Number("median_cumulative_mt_2040") > 0));

        // Capital also in JPY per year: the private channels' capital at ×1 times the multiplier.
        var json = StudyFiles.Json(output, "map.json");
        var perUnit = json.GetProperty("x").GetProperty("capital")[1].GetProperty("jpyPerYearPerUnit").GetDouble();
        Assert.True(perUnit > 0);
        Assert.All(rows, r => Assert.Equal(r.Number("privateCapital.multiplier") * perUnit, r.Number("privateCapital.multiplier.jpy_per_year_2040"), 6));
        Assert.Equal([2030, 2040], json.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("fiscalYear").GetInt32()));
        Assert.All(json.GetProperty("targets").EnumerateArray(), t =>
            Assert.Equal([0.5, 0.8], t.GetProperty("contours").EnumerateArray().Select(c => c.GetProperty("level").GetDouble())));
        var manifest = StudyFiles.Json(output, "manifest.json");
        Assert.Equal(6, manifest.GetProperty("trials").GetInt32());
        Assert.NotEmpty(manifest.GetProperty("scenarios")[0].GetProperty("files").EnumerateArray());
        Assert.Contains("median FY2040 Mt", run.Output);
    }

    [Fact]
    public void Map_of_other_inputs_and_one_target_in_japanese_draws_that_target_only()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "ja");

        var run = CliRun.Invoke("map", Repository.Baseline, "--x", "pipeline.multiplier", "--x-range", "1,4", "--y", "channels.moej.budgetMultiplier", "--levels", "2", "--target", "2040",
            "--trials-per-point", "4", "--out", output, "--in-process", "--lang", "ja");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.True(File.Exists(Path.Combine(output, "charts", "map-2040.png")));
        Assert.False(File.Exists(Path.Combine(output, "charts", "map-2030.png")));
        Assert.Equal([1.0, 4], StudyFiles.Csv(output, "map.csv").Select(r => r.Number("pipeline.multiplier")).Distinct().Order());
        Assert.Contains("結果", run.Output);
    }

    [Fact]
    public void Every_point_has_the_same_probabilities_in_process_and_embedded_and_for_any_block_size()
    {
        using var temp = new TempDirectory();
        var a = Path.Combine(temp.Path, "a");
        var b = Path.Combine(temp.Path, "b");
        var c = Path.Combine(temp.Path, "c");
        string[] args = ["map", Repository.Baseline, "--x", "pipeline.multiplier", "--levels", "2", "--trials-per-point", "12", "--seed", "5"];

        var inProcess = CliRun.Invoke([.. args, "--out", a, "--in-process", "--block-size", "5"]);
        var otherBlocks = CliRun.Invoke([.. args, "--out", b, "--in-process", "--block-size", "12"]);
        var embedded = CliRun.Invoke([.. args, "--out", c, "--block-size", "5"]);

        Assert.True(inProcess.ExitCode == ExitCodes.Ok, inProcess.Error);
        Assert.True(otherBlocks.ExitCode == ExitCodes.Ok, otherBlocks.Error);
        Assert.True(embedded.ExitCode == ExitCodes.Ok, embedded.Error);
        var reference = File.ReadAllText(Path.Combine(a, "map.csv"));
        Assert.Equal(reference, File.ReadAllText(Path.Combine(b, "map.csv")));
        Assert.Equal(reference, File.ReadAllText(Path.Combine(c, "map.csv")));
        Assert.Contains("\"blockSize\": 12", File.ReadAllText(Path.Combine(b, "manifest.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--levels", "1", "--levels 1")]
    [InlineData("--x", "nosuch.input", "--x nosuch.input: not an input")]
    [InlineData("--x-range", "5", "--x-range 5: not a range")]
    [InlineData("--y-range", "-1,5", "expansion.newPartnersPerYear cannot be -1")]
    [InlineData("--y", "privateCapital.multiplier", "--x and --y both name privateCapital.multiplier")]
    [InlineData("--target", "2035", "--target 2035")]
    [InlineData("--target", "soon", "--target soon: not a year")]
    [InlineData("--cluster", "redis=localhost:6379", "--in-process")]
    public void Bad_options_are_bad_input_and_write_nothing(string option, string value, string message)
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "bad");

        var run = CliRun.Invoke("map", Repository.Baseline, option, value, "--trials-per-point", "2", "--out", output, "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(output));
    }
}
