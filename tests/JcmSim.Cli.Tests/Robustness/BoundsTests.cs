using JcmSim.Runs;
using JcmSim.Cli.Tests.Support;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Simulation;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary>Options out of bounds and runs too big for memory: exit 2, a clear message, nothing written.</summary>
public sealed class BoundsTests
{
    [Theory]
    [InlineData("--trials", "100000001", "--trials 100000001 is out of range (allowed: 1–100,000,000)")]
    [InlineData("--trials", "99999999999", "99999999999")]
    [InlineData("--trials", "1e6", "1e6")]
    [InlineData("--block-size", "-1", "--block-size -1 is out of range")]
    [InlineData("--block-size", "65537", "--block-size 65537 is out of range")]
    [InlineData("--seed", "-1", "-1")]
    [InlineData("--seed", "18446744073709551616", "18446744073709551616")]
    [InlineData("--parallel", "5000", "--parallel 5000 is out of range")]
    public void Option_out_of_bounds_exits_2_naming_it(string option, string value, string expected)
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Invoke("run", Repository.Baseline, option, value, "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Largest_seed_is_accepted()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "5", "--seed", "18446744073709551615", "--in-process", "--out", Path.Combine(temp.Path, "out"));

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
    }

    [Fact]
    public void Hundred_million_trials_are_refused_for_memory_or_disk_with_what_to_do()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "100000000", "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--trials 100,000,000 needs about", run.Error, StringComparison.Ordinal);
        Assert.Contains("Use at most --trials", run.Error, StringComparison.Ordinal);
        Assert.Contains("different --seed values", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Memory_budget_does_not_grow_with_the_trials_and_refuses_blocks_the_machine_cannot_hold()
    {
        var baseline = new CompiledScenario(ScenarioLoader.Load(Repository.Baseline));
        const long eightGigabytes = 8L << 30;

        // Exact target quantiles are selected from a file: a million and a hundred million trials plan the same, well under 0.5 GB.
        RunMemoryBudget.Check([baseline], 100_000_000, 64, 4, eightGigabytes);
        Assert.InRange(RunMemoryBudget.RequiredBytes([baseline], 1_000_000, 64, 4), 0, 0.5 * (1L << 30));
        Assert.Equal(RunMemoryBudget.RequiredBytes([baseline], 1_000_000, 64, 4), RunMemoryBudget.RequiredBytes([baseline], 100_000_000, 64, 4));

        var error = Assert.Throws<BadInputException>(() => RunMemoryBudget.Check([baseline], 1_000_000, 65_536, 64, eightGigabytes));
        Assert.Contains("--trials 1,000,000 with blocks of 65,536 trials, 64 at once, needs about", error.Message, StringComparison.Ordinal);
        Assert.Contains("this machine lets a run use 6.0 GB (75% of 8.0 GB)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Use a smaller --block-size or --parallel.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disk_budget_names_the_need_the_free_space_and_the_trials_that_fit()
    {
        var baseline = new CompiledScenario(ScenarioLoader.Load(Repository.Baseline));
        const long tenGigabytes = 10L << 30;

        RunDiskBudget.Check([baseline], 100_000, "out/x", tenGigabytes);
        var error = Assert.Throws<BadInputException>(() => RunDiskBudget.Check([baseline], 10_000_000, "out/x", tenGigabytes));

        var perTrial = RunDiskBudget.RequiredBytes([baseline], 1);
        Assert.InRange(perTrial, 2_000, 20_000);
        Assert.Contains("of disk where 'out/x' goes", error.Message, StringComparison.Ordinal);
        Assert.Contains("only 10.0 GB is free", error.Message, StringComparison.Ordinal);
        var advice = System.Text.RegularExpressions.Regex.Match(error.Message, "Use at most --trials ([0-9,]+)");
        Assert.True(advice.Success, error.Message);
        Assert.Equal((long)(0.9 * tenGigabytes / perTrial), long.Parse(advice.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
    }
}
