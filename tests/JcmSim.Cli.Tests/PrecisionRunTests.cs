using JcmSim.Runs;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

public sealed class PrecisionRunTests
{
    // The FY2030 threshold near the baseline's median makes P(target) ≈ ½, the case that needs most
    // trials. The horizon ends at the target year: the years after it would only cost time.
    private static string EvenOddsScenario(TempDirectory temp) => temp.File("even-odds.yaml", $"""
        extends: {Repository.Baseline}
        name: even-odds
        horizon: {"{"}lastYear: 2030{"}"}
        accounting:
          targets:
            - {"{"}fiscalYear: 2030, thresholdMt: 19.7{"}"}
        """);

    [Fact]
    public void Auto_stop_runs_waves_until_the_interval_is_narrow_enough_with_the_same_stop_and_numbers_for_any_block_size()
    {
        using var temp = new TempDirectory();
        var scenario = EvenOddsScenario(temp);
        var small = Path.Combine(temp.Path, "small");
        var large = Path.Combine(temp.Path, "large");

        var first = CliRun.Invoke("run", scenario, "--precision", "0.02", "--seed", "5", "--block-size", "16", "--in-process", "--out", small);
        var second = CliRun.Invoke("run", scenario, "--precision", "0.02", "--seed", "5", "--block-size", "128", "--in-process", "--out", large);

        Assert.True(first.ExitCode == ExitCodes.Ok, first.Error);
        Assert.True(second.ExitCode == ExitCodes.Ok, second.Error);

        // p ≈ ½ needs about 1.96² · ¼ / 0.02² ≈ 2,400 trials: more than the first wave of 1,024.
        var trials = File.ReadLines(Path.Combine(small, "trials.csv")).Count() - 1;
        Assert.True(trials > PrecisionStop.WaveTrials, $"{trials} trials");
        Assert.Equal(0, trials % PrecisionStop.WaveTrials);
        Assert.Contains($"{trials:N0} trials were needed for every target probability to be within ±0.02", first.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(small, "trials.parquet")), File.ReadAllBytes(Path.Combine(large, "trials.parquet")));
        Assert.Equal(File.ReadAllText(Path.Combine(small, "summary.json")), File.ReadAllText(Path.Combine(large, "summary.json")));
    }

    [Fact]
    public void Auto_stop_trials_are_a_prefix_of_the_fixed_run_with_the_same_seed()
    {
        using var temp = new TempDirectory();
        var scenario = EvenOddsScenario(temp);
        var auto = Path.Combine(temp.Path, "auto");
        var fixedRun = Path.Combine(temp.Path, "fixed");

        var precise = CliRun.Invoke("run", scenario, "--precision", "0.03", "--seed", "9", "--in-process", "--out", auto);
        var trials = File.ReadLines(Path.Combine(auto, "trials.csv")).Count() - 1;
        var plain = CliRun.Invoke("run", scenario, "--trials", $"{trials + 100}", "--seed", "9", "--in-process", "--out", fixedRun);

        Assert.True(precise.ExitCode == ExitCodes.Ok, precise.Error);
        Assert.True(plain.ExitCode == ExitCodes.Ok, plain.Error);
        Assert.Equal(File.ReadLines(Path.Combine(auto, "trials.csv")), File.ReadLines(Path.Combine(fixedRun, "trials.csv")).Take(trials + 1));
    }

    [Fact]
    public void Auto_stop_stops_at_the_trial_cap_and_says_so()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "capped");

        var run = CliRun.Invoke("run", EvenOddsScenario(temp), "--precision", "0.005", "--max-trials", "1500", "--in-process", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(1501, File.ReadLines(Path.Combine(output, "trials.csv")).Count());
        Assert.Contains("stopped at --max-trials 1,500", run.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--trials and --precision exclude each other", "--precision", "0.01", "--trials", "500")]
    [InlineData("--max-trials caps an auto-stopping run", "--max-trials", "500")]
    [InlineData("--precision 0.9 is out of range (allowed: 0.0005–0.25", "--precision", "0.9")]
    [InlineData("--block-size 100 with --precision must divide 1,024", "--precision", "0.01", "--block-size", "100")]
    [InlineData("cannot be combined with --precision", "--precision", "0.01", "--resume", "somewhere")]
    public void Inconsistent_auto_stop_options_exit_2_with_a_message(string expected, params string[] options)
    {
        using var temp = new TempDirectory();

        var run = CliRun.Invoke(["run", Repository.Baseline, "--out", Path.Combine(temp.Path, "out"), .. options]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Next_wave_follows_the_estimate_in_whole_waves_within_its_bounds()
    {
        // p = ½ at ±0.01 needs ~9,600 trials; from 1,024 at most 4× → 4,096; from 4,096 → 1.1 × 9,600 rounded up to 11,264.
        Assert.Equal(4_096, PrecisionStop.NextWave([512, 0], 1_024, 0.01, 1_000_000));
        Assert.Equal(11_264, PrecisionStop.NextWave([2_048, 0], 4_096, 0.01, 1_000_000));

        // Never beyond the cap, always at least one wave more.
        Assert.Equal(5_000, PrecisionStop.NextWave([2_048, 0], 4_096, 0.001, 5_000));
        Assert.Equal(2_048, PrecisionStop.NextWave([0, 0], 1_024, 0.0019, 1_000_000));
        Assert.True(PrecisionStop.WidestHalfWidth([0, 0], 1_024) < 0.002);
        Assert.InRange(PrecisionStop.WidestHalfWidth([5_000, 0], 10_000), 0.0097, 0.0099);
    }
}
