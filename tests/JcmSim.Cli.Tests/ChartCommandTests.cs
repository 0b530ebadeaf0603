using System.Security.Cryptography;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

/// <summary><c>jcmsim run</c> writes charts, report.html and results.xlsx; <c>jcmsim chart</c> re-renders them from the saved results.</summary>
public sealed class ChartCommandTests
{
    private static readonly string[] Charts =
    [
        "fan-cumulative", "target-probability", "distribution-2030", "distribution-2040",
        "contributions-channel", "contributions-sector", "contributions-country", "partners", "credits",
    ];

    [Fact]
    public void Run_writes_every_chart_as_png_and_svg_and_the_report()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "baseline");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "100", "--seed", "5", "--out", output, "--in-process");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        foreach (var chart in Charts)
        {
            Assert.True(new FileInfo(Path.Combine(output, "charts", chart + ".png")).Length > 20_000, chart);
            Assert.True(File.Exists(Path.Combine(output, "charts", chart + ".svg")), chart);
        }

        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<html lang=\"en\">", report);
        Assert.Contains("Current policy", report);
    }

    [Fact]
    public void Chart_re_renders_in_japanese_without_touching_the_results()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "two");
        var variant = temp.File("variant.yaml", $"extends: {Repository.Baseline}\nname: more-money\ntitle: {{en: More money, ja: 予算増}}\nchannels:\n  moej:\n    annualBudgetJpy: 24_000_000_000\n");
        var run = CliRun.Invoke("run", Repository.Baseline, variant, "--trials", "60", "--out", output, "--in-process");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var results = Hashes(output, "summary.json", "trials.parquet", "annual.parquet", "manifest.json");

        var chart = CliRun.Invoke("chart", output, "--lang", "ja");

        Assert.True(chart.ExitCode == ExitCodes.Ok, chart.Error);
        Assert.Equal(results, Hashes(output, "summary.json", "trials.parquet", "annual.parquet", "manifest.json"));
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<html lang=\"ja\">", report);
        Assert.Contains("予算増", report);
        Assert.True(File.Exists(Path.Combine(output, "charts", "comparison.png")));
        Assert.True(File.Exists(Path.Combine(output, "charts", "contributions-sector-more-money.svg")));
        Assert.Contains("年度", File.ReadAllText(Path.Combine(output, "charts", "fan-cumulative.svg")));
        Assert.Equal("シナリオ", JcmSim.Runs.Workbooks.ResultWorkbook.Read(Path.Combine(output, "results.xlsx"))[0].Headings[0]);
        Assert.DoesNotContain(Directory.GetDirectories(output), d => Path.GetFileName(d).StartsWith('.'));
        Assert.DoesNotContain(Directory.GetFiles(output), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void Chart_of_a_folder_that_is_not_a_result_is_bad_input()
    {
        using var temp = new TempDirectory();

        var missing = CliRun.Invoke("chart", Path.Combine(temp.Path, "nope"));
        var empty = CliRun.Invoke("chart", temp.Path);

        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains("no such folder", missing.Error);
        Assert.Equal(ExitCodes.BadInput, empty.ExitCode);
        Assert.Contains("summary.json", empty.Error);
        Assert.DoesNotContain("   at ", empty.Error);
    }

    [Fact]
    public void Chart_of_a_damaged_result_folder_names_the_missing_file()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "run");
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("run", Repository.Baseline, "--trials", "20", "--out", output, "--in-process").ExitCode);
        File.Delete(Path.Combine(output, "annual.parquet"));

        var chart = CliRun.Invoke("chart", output);

        Assert.Equal(ExitCodes.BadInput, chart.ExitCode);
        Assert.Contains("annual.parquet", chart.Error);
        Assert.True(File.Exists(Path.Combine(output, "charts", "fan-cumulative.png")), "the old charts stay when re-rendering fails");
    }

    private static string[] Hashes(string folder, params string[] files) =>
        files.Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f))))).ToArray();
}
