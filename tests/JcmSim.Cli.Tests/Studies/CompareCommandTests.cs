using JcmSim.Analysis.Statistics;
using JcmSim.Cli.Tests.Support;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Simulation;

namespace JcmSim.Cli.Tests.Studies;

/// <summary><c>jcmsim compare</c>: paired differences under common random numbers, with the run's files.</summary>
public sealed class CompareCommandTests
{
    private const int Trials = 120;

    private static string Variant => Path.Combine(Repository.Root, "scenarios", "private-finance-high.yaml");

    [Fact]
    public void Compare_prints_paired_differences_and_writes_the_run_files()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "compare");

        var run = CliRun.Invoke("compare", Repository.Baseline, Variant, "--trials", "60", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var file in new[] { "summary.json", "trials.parquet", "annual.parquet", "manifest.json", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        Assert.Contains("Paired differences from Current policy", run.Output);
        Assert.Contains("ΔP(FY2040 target)", run.Output);
        var comparison = StudyFiles.Json(output, "summary.json").GetProperty("comparison");
        Assert.Equal(2, comparison.GetArrayLength());
    }

    [Fact]
    public async Task Paired_interval_under_the_same_seed_is_narrower_than_the_interval_from_independent_seeds()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "compare");

        var run = CliRun.Invoke("compare", Repository.Baseline, Variant, "--trials", $"{Trials}", "--seed", "1", "--out", output, "--in-process");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var paired = StudyFiles.Json(output, "summary.json").GetProperty("comparison").EnumerateArray().Single(c => c.GetProperty("fiscalYear").GetInt32() == 2040).GetProperty("cumulativeMt");
        var pairedWidth = paired.GetProperty("ciHigh").GetDouble() - paired.GetProperty("ciLow").GetDouble();

        // The same pair with independent random numbers: the variant under another seed, and the
        // two-sample (Welch) interval of the difference of the means.
        var reference = await CumulativeAsync(Repository.Baseline, seed: 1);
        var independent = await CumulativeAsync(Variant, seed: 2);
        var z = 1.959963984540054;
        var independentWidth = 2 * z * Math.Sqrt((Variance(reference) / reference.Length) + (Variance(independent) / independent.Length));

        // Measured, not assumed: common random numbers remove the noise both scenarios share.
        Assert.True(pairedWidth < independentWidth, $"paired width {pairedWidth:F2} Mt, independent {independentWidth:F2} Mt");
        var sameSeed = await CumulativeAsync(Variant, seed: 1);
        var check = PairedDifference.Compute(reference, sameSeed);
        Assert.Equal(check.High - check.Low, pairedWidth, 6);
    }

    [Fact]
    public void Compare_needs_two_scenarios()
    {
        var run = CliRun.Invoke("compare", Repository.Baseline, "--in-process");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("at least two scenarios", run.Error);
    }

    private static async Task<double[]> CumulativeAsync(string file, ulong seed)
    {
        var compiled = new CompiledScenario(ScenarioLoader.Load(file));
        var values = new double[Trials];
        await foreach (var block in InProcessSimulator.RunAsync(compiled, seed, new TrialPlan(Trials, 30)))
        {
            block.CumulativeMt[1].AsSpan(0, block.Count).CopyTo(values.AsSpan(block.FirstTrial));
        }

        return values;
    }

    private static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
