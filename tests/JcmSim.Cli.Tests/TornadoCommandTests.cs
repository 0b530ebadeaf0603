using System.Text.Json;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

/// <summary><c>jcmsim tornado</c>: one-at-a-time swings under common random numbers, written atomically with charts.</summary>
public sealed class TornadoCommandTests
{
    [Fact]
    public void Tornado_varies_the_chosen_inputs_and_writes_results_and_charts()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "tornado");

        var run = CliRun.Invoke("tornado", Repository.Baseline, "--trials", "40", "--seed", "3", "--only", "pipeline.multiplier,credits", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var file in new[] { "tornado.json", "tornado.parquet", "manifest.json", "charts/tornado-probability-2030.png", "charts/tornado-probability-2040.svg", "charts/tornado-median-2040.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "tornado.json")));
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var paths = entries.Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("pipeline.multiplier", paths);
        Assert.Contains("credits.conservativenessFactor", paths);
        Assert.All(paths, p => Assert.True(p == "pipeline.multiplier" || p!.StartsWith("credits.", StringComparison.Ordinal), p));

        // Same random numbers in every run: more opportunities can only add projects, so the median
        // at the last target is higher with the multiplier at its P90 than at its P10.
        var multiplier = entries.Single(e => e.GetProperty("path").GetString() == "pipeline.multiplier");
        var low = multiplier.GetProperty("low").GetProperty("medianCumulativeMt")[1].GetDouble();
        var high = multiplier.GetProperty("high").GetProperty("medianCumulativeMt")[1].GetDouble();
        Assert.True(high > low, $"median at P90 {high} should exceed median at P10 {low}");
        Assert.Contains("Pipeline: opportunity multiplier", run.Output);
    }

    [Fact]
    public void Tornado_on_the_embedded_silo_matches_the_in_process_engine()
    {
        using var temp = new TempDirectory();
        var grains = Path.Combine(temp.Path, "grains");
        var local = Path.Combine(temp.Path, "local");

        var a = CliRun.Invoke("tornado", Repository.Baseline, "--trials", "30", "--only", "creditPrice", "--out", grains);
        var b = CliRun.Invoke("tornado", Repository.Baseline, "--trials", "30", "--only", "creditPrice", "--out", local, "--in-process");

        Assert.True(a.ExitCode == ExitCodes.Ok, a.Error);
        Assert.True(b.ExitCode == ExitCodes.Ok, b.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(local, "tornado.parquet")), File.ReadAllBytes(Path.Combine(grains, "tornado.parquet")));
    }

    [Fact]
    public void Tornado_with_a_filter_that_matches_nothing_is_bad_input_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "none");

        var run = CliRun.Invoke("tornado", Repository.Baseline, "--only", "nosuch", "--out", output, "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--only nosuch", run.Error);
        Assert.Contains("channels.moej", run.Error);
        Assert.False(Directory.Exists(output));
    }
}
