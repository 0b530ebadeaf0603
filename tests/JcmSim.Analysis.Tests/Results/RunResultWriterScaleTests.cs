using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;
using Parquet;

namespace JcmSim.Analysis.Tests.Results;

/// <summary>Runs larger than the exact-quantile limit, and runs that stop early.</summary>
public sealed class RunResultWriterScaleTests
{
    private const int Trials = RunResultWriter.ExactAnnualQuantileTrials + 5_000;

    [Fact]
    public async Task Annual_quantiles_beyond_the_exact_limit_are_identical_for_any_block_size()
    {
        using var small = new TempDirectory();
        using var large = new TempDirectory();
        await SyntheticRun.WriteAsync(small.Path, 64, SyntheticRun.Descriptor("a", Trials));
        await SyntheticRun.WriteAsync(large.Path, 1_000, SyntheticRun.Descriptor("a", Trials));

        Assert.Equal(
            await File.ReadAllBytesAsync(small.Combine(ResultFileNames.AnnualParquet)),
            await File.ReadAllBytesAsync(large.Combine(ResultFileNames.AnnualParquet)));
    }

    [Fact]
    public async Task Annual_quantiles_beyond_the_exact_limit_are_within_the_sketch_accuracy()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 500, SyntheticRun.Descriptor("a", Trials));
        var (p5, p50, p95, mean) = await ReadReductionsAsync(temp.Combine(ResultFileNames.AnnualParquet));

        // reductions = FirstYear + y + 0.001·i, i = 0 … n − 1; stored as float32 before sketching.
        for (var y = 0; y < SyntheticRun.Years; y++)
        {
            var values = Enumerable.Range(0, Trials).Select(i => (double)(float)(SyntheticRun.FirstYear + y + (0.001 * i))).Order().ToArray();
            var tolerance = QuantileSketch.RelativeAccuracy * values[^1];
            Assert.Equal(Quantiles.Type7<double>(values, 0.05), p5[y], tolerance);
            Assert.Equal(Quantiles.Type7<double>(values, 0.5), p50[y], tolerance);
            Assert.Equal(Quantiles.Type7<double>(values, 0.95), p95[y], tolerance);
            Assert.Equal(SyntheticRun.FirstYear + y + (0.001 * (Trials - 1) / 2), mean[y], 1e-9);
        }
    }

    [Fact]
    public async Task A_stopped_scenario_summarises_the_trials_it_received_and_comparisons_pair_the_common_trials()
    {
        using var temp = new TempDirectory();
        ScenarioRunDescriptor[] scenarios = [SyntheticRun.Descriptor("reference", 1_000), SyntheticRun.Descriptor("variant", 1_000)];
        await using var writer = new RunResultWriter(temp.Path, scenarios);
        for (var first = 0; first < 300; first += 100)
        {
            writer.Add(0, SyntheticRun.Block(0, first, 100));
        }

        Assert.Throws<InvalidOperationException>(() => writer.StopScenario(1));
        writer.StopScenario(0);
        Assert.Throws<InvalidOperationException>(() => writer.Add(0, SyntheticRun.Block(0, 300, 100)));
        for (var first = 0; first < 500; first += 100)
        {
            writer.Add(1, SyntheticRun.Block(1, first, 100));
        }

        writer.StopScenario(1);
        var summary = await writer.CompleteAsync(SyntheticRun.Manifest("reference", "variant"));

        Assert.Equal([300, 500], summary.Scenarios.Select(s => s.Trials));
        Assert.All(summary.Comparison, c => Assert.Equal(300, c.Pairs));

        // Variant shift 1: cumulative to FY2030 is 20 Mt higher in every pair.
        Assert.Equal(20, summary.Comparison[0].CumulativeMt.Difference, 1e-9);
    }

    private static async Task<(double[] P5, double[] P50, double[] P95, double[] Mean)> ReadReductionsAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        var fields = reader.Schema.DataFields;
        var series = new string?[rows];
        var mean = new double[rows];
        var p5 = new double[rows];
        var p50 = new double[rows];
        var p95 = new double[rows];
        await group.ReadAsync(fields[1], series.AsMemory());
        await group.ReadAsync<double>(fields[4], mean.AsMemory());
        await group.ReadAsync<double>(fields[5], p5.AsMemory());
        await group.ReadAsync<double>(fields[7], p50.AsMemory());
        await group.ReadAsync<double>(fields[9], p95.AsMemory());
        var reductions = Enumerable.Range(0, rows).Where(r => series[r] == "reductions").ToArray();
        return (reductions.Select(r => p5[r]).ToArray(), reductions.Select(r => p50[r]).ToArray(), reductions.Select(r => p95[r]).ToArray(), reductions.Select(r => mean[r]).ToArray());
    }
}
