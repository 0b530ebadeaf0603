using System.Text.Json;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

public sealed class RunStatsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Stats_file_reports_throughput_memory_and_grain_calls_per_block_year(bool inProcess)
    {
        using var temp = new TempDirectory();
        var statsFile = Path.Combine(temp.Path, "stats.json");
        string[] engine = inProcess ? ["--in-process"] : [];

        var run = CliRun.Invoke(["run", Repository.Baseline, "--trials", "100", "--block-size", "32", "--out", Path.Combine(temp.Path, "out"), "--stats", statsFile, .. engine]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(statsFile));
        var stats = json.RootElement;
        Assert.Equal(inProcess ? "inprocess" : "embedded", stats.GetProperty("mode").GetString());
        Assert.Equal(100, stats.GetProperty("trials").GetInt32());
        Assert.Equal(32, stats.GetProperty("blockSize").GetInt32());

        // 4 blocks (32, 32, 32, 4 trials) × the baseline's simulated years, FY2026–FY2040.
        Assert.Equal(4 * 15, stats.GetProperty("blockYears").GetInt64());
        Assert.True(stats.GetProperty("trialsPerSecond").GetDouble() > 0);
        Assert.True(stats.GetProperty("wallSeconds").GetDouble() >= stats.GetProperty("simulateSeconds").GetDouble());
        Assert.True(stats.GetProperty("peakWorkingSetBytes").GetInt64() > 10_000_000);

        // Per block-year the loop calls every country, every channel and the portfolio once. The
        // counter is per process and other tests run grains in parallel, so only a lower bound holds.
        if (!inProcess)
        {
            var calls = stats.GetProperty("grainCalls").GetInt64();
            Assert.True(calls >= 4 * 15 * 10, $"{calls} grain calls");
        }
    }
}
