using JcmSim.Analysis.Studies;
using JcmSim.Cli.Tests.Support;
using JcmSim.ScenarioFormat;

namespace JcmSim.Cli.Tests.Studies;

/// <summary><c>jcmsim sweep</c>: grid and Latin-hypercube designs over the scenario's uncertainties.</summary>
public sealed class SweepCommandTests
{
    [Fact]
    public void Grid_sweep_writes_every_point_with_probabilities_and_cumulatives()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "sweep");

        var run = CliRun.Invoke("sweep", Repository.Baseline, "--design", "grid", "--samples", "3", "--inputs", "pipeline.multiplier,channels.moej", "--trials-per-point", "8", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var file in new[] { "points.parquet", "points.csv", "sweep.json", "manifest.json", "charts/sweep-heatmap-2030.png", "charts/sweep-heatmap-2040.svg" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        var rows = StudyFiles.Csv(output, "points.csv");
        Assert.Equal(9, rows.Count);
        // Grid levels are the ends and the middle of each study range (uniform(0.5, 8) and uniform(0.5, 5)).
        Assert.Equal([0.5, 4.25, 8], rows.Select(r => r.Number("pipeline.multiplier")).Distinct().Order());
        Assert.Equal([0.5, 2.75, 5], rows.Select(r => r.Number("channels.moej.budgetMultiplier")).Distinct().Order());
        Assert.All(rows, r => Assert.InRange(r.Number("p_met_2040"), r.Number("p_met_low_2040"), r.Number("p_met_high_2040")));
        Assert.All(rows, r => Assert.InRange(r.Number("median_cumulative_mt_2040"), r.Number("p5_cumulative_mt_2040"), r.Number("p95_cumulative_mt_2040")));

        // Common random numbers: with the Ministry budget held, more opportunities never lower the median.
        foreach (var budget in rows.GroupBy(r => r.Number("channels.moej.budgetMultiplier")))
        {
            var medians = budget.OrderBy(r => r.Number("pipeline.multiplier")).Select(r => r.Number("median_cumulative_mt_2040")).ToList();
            Assert.True(medians[2] > medians[0], string.Join(", ", medians));
        }
    }

    [Fact]
    public void One_input_sweep_draws_probability_and_cumulative_lines_in_japanese()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "line");

        var run = CliRun.Invoke("sweep", Repository.Baseline, "--design", "grid", "--samples", "3", "--inputs", "pipeline.multiplier", "--trials-per-point", "4", "--out", output, "--in-process", "--lang", "ja");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var file in new[] { "sweep-probability.png", "sweep-probability.svg", "sweep-cumulative-2030.png", "sweep-cumulative-2040.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, "charts", file)), file);
        }

        Assert.Contains("結果", run.Output);
    }

    [Fact]
    public void Same_seed_gives_identical_points_on_the_embedded_silo_and_in_process()
    {
        using var temp = new TempDirectory();
        var a = Path.Combine(temp.Path, "a");
        var b = Path.Combine(temp.Path, "b");
        string[] args = ["sweep", Repository.Baseline, "--samples", "4", "--inputs", "creditPrice.trendMultiplier,agreements", "--trials-per-point", "6", "--seed", "5"];

        var first = CliRun.Invoke([.. args, "--out", a, "--in-process"]);
        var second = CliRun.Invoke([.. args, "--out", b, "--parallel", "1"]);

        Assert.True(first.ExitCode == ExitCodes.Ok, first.Error);
        Assert.True(second.ExitCode == ExitCodes.Ok, second.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "points.parquet")), File.ReadAllBytes(Path.Combine(b, "points.parquet")));
    }

    [Fact]
    public void Latin_hypercube_design_achieves_the_scenarios_rank_correlation()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "lhs");

        var run = CliRun.Invoke("sweep", Repository.Baseline, "--design", "lhs", "--samples", "80", "--inputs", "privateCapital,creditPrice.trendMultiplier,expansion", "--trials-per-point", "1", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var rows = StudyFiles.Csv(output, "points.csv");
        var capital = rows.Select(r => r.Number("privateCapital.multiplier")).ToArray();
        var price = rows.Select(r => r.Number("creditPrice.trendMultiplier")).ToArray();
        var partners = rows.Select(r => r.Number("expansion.newPartnersPerYear")).ToArray();
        // Baseline: Spearman 0.5 between credit price and private capital, none with partners. The
        // standard error of a rank correlation of 80 independent points is about 1/√79 ≈ 0.11;
        // Iman–Conover lands much closer than a random sample, so 0.1 fails a design that ignores it.
        Assert.InRange(ImanConover.Spearman(price, capital), 0.4, 0.6);
        Assert.InRange(ImanConover.Spearman(price, partners), -0.1, 0.1);
        var check = StudyFiles.Json(output, "sweep.json").GetProperty("correlations")[0];
        Assert.Equal(0.5, check.GetProperty("target").GetDouble());
        Assert.Equal(ImanConover.Spearman(price, capital), check.GetProperty("achieved").GetDouble(), 12);
    }

    [Theory]
    [InlineData("--design", "sobol", "sobol")]
    [InlineData("--inputs", "nosuch", "--inputs nosuch")]
    [InlineData("--samples", "0", "--samples 0")]
    [InlineData("--cluster", "redis=localhost:6379", "--in-process")]
    public void Bad_options_are_bad_input_and_write_nothing(string option, string value, string message)
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "bad");

        var run = CliRun.Invoke("sweep", Repository.Baseline, option, value, "--out", output, "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_scenario_without_uncertainties_is_bad_input()
    {
        using var temp = new TempDirectory();
        // Every input the baseline studies, switched off by name (read from the baseline, so a new study input cannot turn this into a long sweep).
        var off = string.Join(", ", ScenarioLoader.Load(Repository.Baseline).Uncertainties.Select(u => $"{u.Path}: ~"));
        var noStudy = temp.File("no-study.yaml", $"extends: {Repository.Baseline}\nuncertainties: {{{off}}}\ncorrelations: []\n");

        var run = CliRun.Invoke("sweep", noStudy, "--out", Path.Combine(temp.Path, "out"), "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("names no input to study", run.Error);
    }
}
