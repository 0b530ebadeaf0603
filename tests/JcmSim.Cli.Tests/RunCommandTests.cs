using System.Text.Json;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

public sealed class RunCommandTests
{
    private static readonly string[] ResultFiles = ["summary.json", "summary.md", "trials.parquet", "trials.csv", "annual.parquet", "manifest.json", "results.xlsx", "jcmsim.log"];

    [Fact]
    public void Run_writes_every_result_file_and_prints_the_summary_table()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "baseline");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "300", "--seed", "7", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.All(ResultFiles, f => Assert.True(File.Exists(Path.Combine(output, f)), f));
        Assert.Contains("P(≥100 Mt by FY2030)", run.Output);
        Assert.Contains("P(≥200 Mt by FY2040)", run.Output);
        Assert.Equal(301, File.ReadLines(Path.Combine(output, "trials.csv")).Count());
        Assert.Equal([output], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Readings_option_prints_every_reading_beside_the_tested_one()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "baseline");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "50", "--seed", "7", "--in-process", "--readings", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("Targets tested against: Realised reductions (live frameworks).", run.Output);
        Assert.All(new[] { "Expected", "Realised", "Issued", "ITMOs", "Expected = Expected reductions of selected projects" }, heading => Assert.Contains(heading, run.Output));
        Assert.Contains(" *", run.Output);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var readings = summary.RootElement.GetProperty("scenarios")[0].GetProperty("targets")[0].GetProperty("readings");
        Assert.Equal(["expectedReductionsMt", "realisedReductionsMt", "creditsIssuedMt", "japanItmosMt"], readings.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Summary_json_keeps_its_contract()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "baseline");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "200", "--seed", "3", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var scenario = summary.RootElement.GetProperty("scenarios")[0];
        Assert.Equal("baseline", scenario.GetProperty("name").GetString());
        Assert.Equal(200, scenario.GetProperty("trials").GetInt32());
        Assert.Equal(3UL, scenario.GetProperty("seed").GetUInt64());
        var targets = scenario.GetProperty("targets");
        Assert.Equal(2030, targets[0].GetProperty("fiscalYear").GetInt32());
        Assert.Equal(100, targets[0].GetProperty("thresholdMt").GetDouble());
        Assert.Equal(2040, targets[1].GetProperty("fiscalYear").GetInt32());
        foreach (var target in targets.EnumerateArray())
        {
            var p = target.GetProperty("probability").GetDouble();
            Assert.InRange(target.GetProperty("ciLow").GetDouble(), 0, p);
            Assert.InRange(target.GetProperty("ciHigh").GetDouble(), p, 1);
            var cumulative = target.GetProperty("cumulativeMt");
            Assert.True(cumulative.GetProperty("p5").GetDouble() <= cumulative.GetProperty("p50").GetDouble());
            Assert.True(cumulative.GetProperty("p50").GetDouble() <= cumulative.GetProperty("p95").GetDouble());
            Assert.True(cumulative.GetProperty("mean").GetDouble() > 0);
        }

        Assert.InRange(scenario.GetProperty("japanItmoShare").GetDouble(), 0, 1);
    }

    [Fact]
    public void Block_size_does_not_change_trials_parquet()
    {
        using var temp = new TempDirectory();
        var a = Path.Combine(temp.Path, "a");
        var b = Path.Combine(temp.Path, "b");

        var runA = CliRun.Invoke("run", Repository.Baseline, "--trials", "500", "--seed", "7", "--block-size", "64", "--out", a);
        var runB = CliRun.Invoke("run", Repository.Baseline, "--trials", "500", "--seed", "7", "--block-size", "4096", "--out", b);

        Assert.True(runA.ExitCode == ExitCodes.Ok, runA.Error);
        Assert.True(runB.ExitCode == ExitCodes.Ok, runB.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "trials.parquet")), File.ReadAllBytes(Path.Combine(b, "trials.parquet")));
        Assert.Equal(File.ReadAllText(Path.Combine(a, "summary.json")), File.ReadAllText(Path.Combine(b, "summary.json")));
    }

    [Fact]
    public void Grain_path_and_in_process_path_write_the_same_trials()
    {
        using var temp = new TempDirectory();
        var grains = Path.Combine(temp.Path, "grains");
        var local = Path.Combine(temp.Path, "local");

        var runGrains = CliRun.Invoke("run", Repository.Baseline, "--trials", "300", "--seed", "11", "--block-size", "50", "--out", grains);
        var runLocal = CliRun.Invoke("run", Repository.Baseline, "--trials", "300", "--seed", "11", "--block-size", "300", "--out", local, "--in-process");

        Assert.True(runGrains.ExitCode == ExitCodes.Ok, runGrains.Error);
        Assert.True(runLocal.ExitCode == ExitCodes.Ok, runLocal.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(grains, "trials.parquet")), File.ReadAllBytes(Path.Combine(local, "trials.parquet")));
        Assert.Equal(File.ReadAllText(Path.Combine(grains, "trials.csv")), File.ReadAllText(Path.Combine(local, "trials.csv")));
    }

    [Fact]
    public void Several_scenarios_are_compared_against_the_first()
    {
        using var temp = new TempDirectory();
        var variant = temp.File("more-money.yaml", $"extends: {Repository.Baseline}\ntitle: {{en: More money, ja: 予算増}}\npipeline:\n  multiplier: 2\n");
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Invoke("run", Repository.Baseline, variant, "--trials", "200", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.Equal(2, summary.RootElement.GetProperty("scenarios").GetArrayLength());
        Assert.Contains("More money", run.Output);
        Assert.Equal(401, File.ReadLines(Path.Combine(output, "trials.csv")).Count());
    }

    [Fact]
    public void Japanese_table_uses_japanese_labels()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "100", "--out", Path.Combine(temp.Path, "ja"), "--lang", "ja", "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("達成確率", run.Output);
    }
}
