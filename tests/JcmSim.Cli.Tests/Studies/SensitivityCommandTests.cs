using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests.Studies;

/// <summary><c>jcmsim sensitivity</c>: Sobol and Morris indices of the scenario's uncertainties, end to end.</summary>
public sealed class SensitivityCommandTests
{
    private const string Inputs = "pipeline.multiplier,credits.conservativenessFactor";

    [Fact]
    public void Sobol_ranks_the_opportunity_multiplier_above_the_conservativeness_factor()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "sobol");

        var run = CliRun.Invoke("sensitivity", Repository.Baseline, "--method", "sobol", "--samples", "8", "--inputs", Inputs, "--trials-per-point", "6", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var file in new[] { "sensitivity.parquet", "sensitivity.csv", "sensitivity.json", "points.parquet", "manifest.json", "charts/sensitivity-sobol.png", "charts/sensitivity-sobol.svg" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        var json = StudyFiles.Json(output, "sensitivity.json");
        Assert.Equal("sobol", json.GetProperty("method").GetString());
        var study = json.GetProperty("study");
        Assert.Equal(32, study.GetProperty("points").GetInt32());
        Assert.Equal(2040, study.GetProperty("targetYear").GetInt32());
        // No field of the other method, and no NaN standing for "not applicable".
        var first = json.GetProperty("indices").GetProperty("inputs")[0];
        Assert.False(first.TryGetProperty("muStar", out _));
        Assert.Equal(study.GetProperty("inputs")[first.GetProperty("input").GetInt32()].GetProperty("path").GetString(), StudyFiles.Csv(output, "sensitivity.csv").First()["input"]);
        var rows = StudyFiles.Csv(output, "sensitivity.csv").ToDictionary(r => r["input"]);
        // A range of 0.5–8 times the opportunity flow against 0.85–1 on the issued share: the first
        // drives the cumulative, the second barely moves it.
        Assert.True(rows["pipeline.multiplier"].Number("total_order") > 0.5, rows["pipeline.multiplier"]["total_order"]);
        Assert.True(rows["pipeline.multiplier"].Number("total_order") > rows["credits.conservativenessFactor"].Number("total_order_high"));
        Assert.All(rows.Values, r => Assert.InRange(r.Number("total_order"), r.Number("total_order_low"), r.Number("total_order_high")));
    }

    [Fact]
    public void Morris_writes_mu_star_and_sigma_per_input()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "morris");

        var run = CliRun.Invoke("sensitivity", Repository.Baseline, "--method", "morris", "--samples", "3", "--inputs", Inputs, "--trials-per-point", "6", "--out", output, "--in-process", "--lang", "ja");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var rows = StudyFiles.Csv(output, "sensitivity.csv").ToDictionary(r => r["input"]);
        Assert.Equal(2, rows.Count);
        Assert.True(File.Exists(Path.Combine(output, "charts", "sensitivity-morris.png")));
        Assert.True(rows["pipeline.multiplier"].Number("mu_star") > rows["credits.conservativenessFactor"].Number("mu_star"));
        Assert.All(rows.Values, r => Assert.True(r.Number("sigma") >= 0));
        Assert.Contains("案件形成", run.Output);
    }

    [Fact]
    public void Probability_output_that_never_varies_is_refused_with_a_clear_message_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "flat");

        // The FY2030 target is out of reach inside these ranges: P(met) is 0 at every point.
        var run = CliRun.Invoke("sensitivity", Repository.Baseline, "--method", "morris", "--samples", "2", "--inputs", "credits.conservativenessFactor", "--trials-per-point", "4", "--target", "2030", "--output", "probability", "--out", output, "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("zero variance", run.Error);
        Assert.Contains("--output cumulative", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Unknown_target_year_is_bad_input()
    {
        var run = CliRun.Invoke("sensitivity", Repository.Baseline, "--target", "2035", "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no target in FY2035", run.Error);
    }
}
