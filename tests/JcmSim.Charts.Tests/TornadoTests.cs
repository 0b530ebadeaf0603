using JcmSim.Analysis.Tornado;
using JcmSim.Charts.Tests.Support;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Runs.Studies;
using Parquet;

namespace JcmSim.Charts.Tests;

/// <summary>Tornado results: outcomes from trial blocks, ranking by swing, and the tornado.json / tornado.parquet files.</summary>
public sealed class TornadoTests
{
    private static readonly TornadoTarget[] Targets = [new(2030, 100), new(2040, 200)];

    [Fact]
    public void Outcome_is_the_share_meeting_each_target_and_the_median_cumulative()
    {
        // Trials i = 0..9 in two blocks: cumulative 2030 = 20i, 2040 = 40i.
        var builder = new PointOutcomeBuilder(Targets.Select(t => new ReductionTarget(t.FiscalYear, t.ThresholdMt)).ToList(), 10);
        builder.Add(Block(5, 5));
        builder.Add(Block(0, 5));
        var outcome = builder.Build(0, []);

        Assert.Equal([0.5, 0.5], outcome.Targets.Select(t => t.Probability));
        Assert.Equal([90.0, 180.0], outcome.Targets.Select(t => t.MedianMt));
    }

    [Fact]
    public void Outcome_needs_every_trial()
    {
        var builder = new PointOutcomeBuilder(Targets.Select(t => new ReductionTarget(t.FiscalYear, t.ThresholdMt)).ToList(), 10);
        builder.Add(Block(0, 5));
        Assert.Throws<InvalidOperationException>(() => builder.Build(0, []));
        Assert.Throws<ArgumentException>(() => builder.Add(Block(8, 5)));
    }

    [Fact]
    public void Entries_rank_by_swing_of_the_chosen_result()
    {
        var result = SampleTornado.Create();
        var metrics = TornadoMetric.For(result.Targets);
        Assert.Equal(["probability-2030", "probability-2040", "median-2040"], metrics.Select(m => m.Id));
        foreach (var metric in metrics)
        {
            var swings = result.Ranked(metric).Select(e => e.Swing(metric)).ToList();
            Assert.Equal(swings.OrderByDescending(s => s), swings);
        }
    }

    [Fact]
    public async Task Files_round_trip_and_the_parquet_has_one_row_per_run()
    {
        using var temp = new TempDirectory();
        var result = SampleTornado.Create();
        await TornadoFiles.WriteAsync(temp.Path, result);

        var read = TornadoFiles.Read(temp.Combine(TornadoFiles.Json));
        Assert.Equal(TornadoFiles.Serialize(result), TornadoFiles.Serialize(read));

        await using var reader = await ParquetReader.CreateAsync(temp.Combine(TornadoFiles.Parquet));
        Assert.Equal(
            ["parameter", "label_en", "label_ja", "scope", "distribution", "variant", "quantile", "input_value", "p_met_2030", "median_cumulative_mt_2030", "p_met_2040", "median_cumulative_mt_2040"],
            reader.Schema.DataFields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(1 + (2 * result.Entries.Count), group.RowCount);
        var variants = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.DataFields[5], variants.AsMemory());
        Assert.Equal("base", variants[0]);
        Assert.Equal(result.Entries.Count, variants.Count(v => v == "low"));
    }

    private static TrialBlockResult Block(int first, int count)
    {
        var block = new TrialBlockResult(first, count, targets: 2, firstYear: 2026, years: 1, series: 0);
        for (var i = 0; i < count; i++)
        {
            block.CumulativeMt[0][i] = 20 * (first + i);
            block.CumulativeMt[1][i] = 40 * (first + i);
        }

        return block;
    }
}
