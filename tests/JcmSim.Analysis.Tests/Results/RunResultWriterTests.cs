using System.Text.Json;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using Parquet;

namespace JcmSim.Analysis.Tests.Results;

public sealed class RunResultWriterTests
{
    private const string Reference = "current-policy";
    private const string Variant = "private, \"doubled\"";

    private static ScenarioRunDescriptor[] TwoScenarios(int trials = 100) =>
        [SyntheticRun.Descriptor(Reference, trials), SyntheticRun.Descriptor(Variant, trials)];

    [Fact]
    public async Task Block_size_does_not_change_any_result_file()
    {
        using var temp = new TempDirectory();
        string[] files = [ResultFileNames.TrialsParquet, ResultFileNames.TrialsCsv, ResultFileNames.AnnualParquet, ResultFileNames.SummaryJson, ResultFileNames.SummaryMarkdown];
        var bytes = new List<byte[][]>();
        foreach (var blockSize in new[] { 1, 7, 64 })
        {
            var directory = Directory.CreateDirectory(temp.Combine($"b{blockSize}")).FullName;
            await SyntheticRun.WriteAsync(directory, blockSize, TwoScenarios());
            bytes.Add(files.Select(f => File.ReadAllBytes(Path.Combine(directory, f))).ToArray());
        }

        for (var f = 0; f < files.Length; f++)
        {
            Assert.True(bytes[0][f].AsSpan().SequenceEqual(bytes[1][f]), $"{files[f]} differs between block sizes 1 and 7");
            Assert.True(bytes[0][f].AsSpan().SequenceEqual(bytes[2][f]), $"{files[f]} differs between block sizes 1 and 64");
        }
    }

    [Fact]
    public async Task Trials_parquet_reads_back_one_row_per_trial_per_scenario()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 7, TwoScenarios());

        await using var reader = await ParquetReader.CreateAsync(temp.Combine(ResultFileNames.TrialsParquet));
        Assert.Equal(
            ["scenario", "trial",
             "cumulative_mt_2030", "expected_reductions_mt_2030", "realised_reductions_mt_2030", "credits_issued_mt_2030", "japan_itmo_mt_2030", "met_2030", "first_year_met_2030",
             "cumulative_mt_2040", "expected_reductions_mt_2040", "realised_reductions_mt_2040", "credits_issued_mt_2040", "japan_itmo_mt_2040", "met_2040", "first_year_met_2040",
             "projects_funded", "partners_active"],
            reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(200, group.RowCount);
        var fields = reader.Schema.DataFields;
        var scenario = new string?[200];
        var trial = new long[200];
        var cumulative2030 = new double[200];
        var met2030 = new bool[200];
        var firstYear2030 = new int?[200];
        var met2040 = new bool[200];
        var projects = new int[200];
        await group.ReadAsync(fields[0], scenario.AsMemory());
        await group.ReadAsync<long>(fields[1], trial.AsMemory());
        await group.ReadAsync<double>(fields[2], cumulative2030.AsMemory());
        var expected2030 = new double[200];
        await group.ReadAsync<double>(fields[3], expected2030.AsMemory());
        await group.ReadAsync<bool>(fields[7], met2030.AsMemory());
        await group.ReadAsync<int>(fields[8], firstYear2030.AsMemory());
        await group.ReadAsync<bool>(fields[14], met2040.AsMemory());
        await group.ReadAsync<int>(fields[16], projects.AsMemory());

        for (var row = 0; row < 200; row++)
        {
            var shift = row / 100;
            var i = row % 100;
            var m = i % 10;
            Assert.Equal(shift == 0 ? Reference : Variant, scenario[row]);
            Assert.Equal(i, trial[row]);
            Assert.Equal((20 * m) + (20 * shift), cumulative2030[row]);
            Assert.Equal(30 * m, expected2030[row]);
            Assert.Equal(m >= 5 - shift, met2030[row]);
            Assert.Equal(m >= 5 ? 2035 - m : m == 4 ? 2033 : null, firstYear2030[row]);
            Assert.Equal(m >= 5 - shift, met2040[row]);
            Assert.Equal(100 + i, projects[row]);
        }
    }

    [Fact]
    public async Task Trials_csv_uses_invariant_round_trip_text_and_quotes_names()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 64, TwoScenarios());

        var lines = await File.ReadAllLinesAsync(temp.Combine(ResultFileNames.TrialsCsv));

        Assert.Equal(201, lines.Length);
        Assert.Equal(
            "scenario,trial," +
            "cumulative_mt_2030,expected_reductions_mt_2030,realised_reductions_mt_2030,credits_issued_mt_2030,japan_itmo_mt_2030,met_2030,first_year_met_2030," +
            "cumulative_mt_2040,expected_reductions_mt_2040,realised_reductions_mt_2040,credits_issued_mt_2040,japan_itmo_mt_2040,met_2040,first_year_met_2040," +
            "projects_funded,partners_active",
            lines[0]);
        Assert.Equal("current-policy,0,0,0,0,0,0,false,,30,30,30,0,6,false,,100,30", lines[1]);
        Assert.Equal("current-policy,5,100,150,100,75,50,true,2030,230,280,230,100,18,true,2040,105,35", lines[6]);
        Assert.Equal("\"private, \"\"doubled\"\"\",4,100,120,100,60,40,true,2033,200,230,200,80,6,true,,104,34", lines[105]);
    }

    [Fact]
    public async Task Summary_probabilities_and_quantiles_match_hand_computed_values()
    {
        using var temp = new TempDirectory();
        var summary = await SyntheticRun.WriteAsync(temp.Path, 7, TwoScenarios());

        var reference = summary.Scenarios[0];
        Assert.Equal(Reference, reference.Name);
        Assert.Equal(100, reference.Trials);
        Assert.Equal(7UL, reference.Seed);

        // FY2030: cumulative 20m ≥ 100 ⇔ m ≥ 5, half the trials. Wilson 50/100 from the closed form.
        var t2030 = reference.Targets[0];
        Assert.Equal(2030, t2030.FiscalYear);
        Assert.Equal(0.5, t2030.Probability);
        Assert.Equal(0.4038315303659957, t2030.CiLow, 1e-12);
        Assert.Equal(0.5961684696340044, t2030.CiHigh, 1e-12);

        // Sorted cumulative: 0 ×10, 20 ×10, …, 180 ×10. Type 7, h = 1 + 99p:
        // p5 → x5.95 = 0, p25 → x25.75 = 40, p50 → x50.5 = (80 + 100)/2, p75 → x75.25 = 140, p95 → x95.05 = 180.
        Assert.Equal(new QuantileSummary(0, 40, 90, 140, 180, 90), t2030.CumulativeMt);
        Assert.Equal(new QuantileSummary(0, 20, 45, 70, 90, 45), t2030.JapanItmoMt);

        // Shortfall max(0, 100 − 20m): 0 ×50, 20, 40, 60, 80, 100 ×10 each; mean (100+80+60+40+20)/10.
        Assert.Equal(new QuantileSummary(0, 0, 10, 60, 100, 30), t2030.ShortfallMt);

        // First year met: 2026…2030 (m = 9…5) and 2033 (m = 4) ×10 each, never ×40 ⇒ share 0.6;
        // median x50.5 between 2030 and 2033.
        Assert.Equal(new FirstYearMetSummary(0.6, 2031.5), t2030.FirstYearMet);

        // FY2040: 40m + 30 ≥ 200 ⇔ m ≥ 5; only half meet within the horizon ⇒ no median year.
        var t2040 = reference.Targets[1];
        Assert.Equal(0.5, t2040.Probability);
        Assert.Equal(new FirstYearMetSummary(0.5, null), t2040.FirstYearMet);

        // Japan ITMO share: mean ITMOs at FY2040 (6 or 18 ⇒ 12) ÷ mean issued FY2026–FY2040 (15 × 2 = 30).
        Assert.Equal(0.4, reference.JapanItmoShare);

        // Variant: 20m + 20 ≥ 100 ⇔ m ≥ 4; 40m + 40 ≥ 200 ⇔ m ≥ 4 (the threshold itself counts as met).
        Assert.Equal(0.6, summary.Scenarios[1].Targets[0].Probability);
        Assert.Equal(0.6, summary.Scenarios[1].Targets[1].Probability);
    }

    [Fact]
    public async Task Comparison_gives_paired_differences_against_the_first_scenario()
    {
        using var temp = new TempDirectory();
        var summary = await SyntheticRun.WriteAsync(temp.Path, 64, TwoScenarios());

        // d = 1 for the ten trials with m = 4, else 0: b = 10 pairs where only the variant meets the target, c = 0, so
        // d̄ = 0.1 with Tango's score interval [0.05523, 0.17437] (an independent implementation; the normal interval
        // would be the symmetric 0.1 ± 0.059).
        Assert.Equal(2, summary.Comparison.Count);
        foreach (var (comparison, year, cumulativeDifference) in summary.Comparison.Zip([2030, 2040], [20.0, 10.0]))
        {
            Assert.Equal(Variant, comparison.Scenario);
            Assert.Equal(Reference, comparison.Reference);
            Assert.Equal(year, comparison.FiscalYear);
            Assert.Equal(100, comparison.Pairs);
            Assert.Equal(0.1, comparison.Probability.Difference, 1e-15);
            Assert.Equal(0.05522913706067509, comparison.Probability.CiLow!.Value, 1e-9);
            Assert.Equal(0.17436566150491345, comparison.Probability.CiHigh!.Value, 1e-9);

            // Every trial differs by the same amount: zero-width interval.
            Assert.Equal(new PairedEstimate(cumulativeDifference, cumulativeDifference, cumulativeDifference), comparison.CumulativeMt);
        }
    }

    [Fact]
    public async Task The_trials_readings_kept_on_disk_for_exact_quantiles_are_gone_once_the_results_are_written()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 64, TwoScenarios());

        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".target-readings-*"));
    }

    [Fact]
    public async Task Single_scenario_has_an_empty_comparison()
    {
        using var temp = new TempDirectory();
        var summary = await SyntheticRun.WriteAsync(temp.Path, 10, SyntheticRun.Descriptor(Reference, 20));

        Assert.Empty(summary.Comparison);
    }

    [Fact]
    public async Task Summary_json_follows_the_contract_and_reads_back()
    {
        using var temp = new TempDirectory();
        var written = await SyntheticRun.WriteAsync(temp.Path, 7, TwoScenarios());
        var path = temp.Combine(ResultFileNames.SummaryJson);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("realisedReductions", root.GetProperty("scenarios")[0].GetProperty("reading").GetString());
        var scenario = root.GetProperty("scenarios")[0];
        Assert.Equal(Reference, scenario.GetProperty("name").GetString());
        Assert.Equal("current-policy 題", scenario.GetProperty("title").GetProperty("ja").GetString());
        Assert.Equal(100, scenario.GetProperty("trials").GetInt32());
        Assert.Equal(7UL, scenario.GetProperty("seed").GetUInt64());
        Assert.Equal(0.4, scenario.GetProperty("japanItmoShare").GetDouble());
        var target = scenario.GetProperty("targets")[0];
        Assert.Equal(2030, target.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(100, target.GetProperty("thresholdMt").GetDouble());
        Assert.Equal(0.5, target.GetProperty("probability").GetDouble());
        Assert.True(target.GetProperty("ciLow").GetDouble() < 0.5);
        Assert.True(target.GetProperty("ciHigh").GetDouble() > 0.5);
        foreach (var name in new[] { "p5", "p25", "p50", "p75", "p95", "mean" })
        {
            Assert.Equal(JsonValueKind.Number, target.GetProperty("cumulativeMt").GetProperty(name).ValueKind);
            Assert.Equal(JsonValueKind.Number, target.GetProperty("japanItmoMt").GetProperty(name).ValueKind);
        }

        // Every reading's median of 10 trials each of m = 0…9: halfway between m = 4 and m = 5.
        var readings = target.GetProperty("readings");
        Assert.Equal(135, readings.GetProperty("expectedReductionsMt").GetProperty("p50").GetDouble());
        Assert.Equal(90, readings.GetProperty("realisedReductionsMt").GetProperty("p50").GetDouble());
        Assert.Equal(67.5, readings.GetProperty("creditsIssuedMt").GetProperty("p50").GetDouble());
        Assert.Equal(45, readings.GetProperty("japanItmosMt").GetProperty("p50").GetDouble());
        Assert.Equal(90, target.GetProperty("cumulativeMt").GetProperty("p50").GetDouble());
        Assert.Equal(10, target.GetProperty("shortfallMt").GetProperty("p50").GetDouble());
        Assert.Equal(30, target.GetProperty("shortfallMt").GetProperty("mean").GetDouble());
        Assert.Equal(0.6, target.GetProperty("firstYearMet").GetProperty("share").GetDouble());
        Assert.Equal(JsonValueKind.Null, scenario.GetProperty("targets")[1].GetProperty("firstYearMet").GetProperty("p50").ValueKind);
        var comparison = root.GetProperty("comparison")[0];
        Assert.Equal(Variant, comparison.GetProperty("scenario").GetString());
        Assert.Equal(0.1, comparison.GetProperty("probability").GetProperty("difference").GetDouble(), 1e-15);

        var read = SummaryJson.Read(path);
        Assert.Equal(SummaryJson.Serialize(written), SummaryJson.Serialize(read));
        Assert.Equal(written.Scenarios[0].Targets[0].CumulativeMt, read.Scenarios[0].Targets[0].CumulativeMt);
    }

    [Fact]
    public async Task The_scenarios_reading_is_what_the_target_probability_is_computed_from()
    {
        using var temp = new TempDirectory();

        // Expected FY2030 = 30m ≥ 100 for m ≥ 4; realised 20m ≥ 100 only for m ≥ 5.
        var expected = await SyntheticRun.WriteAsync(temp.Path, 7, SyntheticRun.Descriptor(Reference, 100, reading: TargetReading.ExpectedReductions));

        var scenario = expected.Scenarios[0];
        Assert.Equal(TargetReading.ExpectedReductions, scenario.Reading);
        Assert.Equal(0.6, scenario.Targets[0].Probability);
        Assert.Equal(135, scenario.Targets[0].CumulativeMt.P50);
        Assert.Equal(0, scenario.Targets[0].ShortfallMt.P50);
        Assert.Equal(90, scenario.Targets[0].Readings!.RealisedReductionsMt.P50);
    }

    [Fact]
    public async Task Annual_parquet_has_quantiles_per_scenario_series_and_year()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 7, TwoScenarios());

        await using var reader = await ParquetReader.CreateAsync(temp.Combine(ResultFileNames.AnnualParquet));
        Assert.Equal(
            ["scenario", "series", "unit", "fiscal_year", "mean", "p5", "p25", "p50", "p75", "p95"],
            reader.Schema.DataFields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        Assert.Equal(2 * 3 * 15, rows);
        var fields = reader.Schema.DataFields;
        var scenario = new string?[rows];
        var series = new string?[rows];
        var unit = new string?[rows];
        var year = new int[rows];
        var mean = new double[rows];
        var p50 = new double[rows];
        var p95 = new double[rows];
        await group.ReadAsync(fields[0], scenario.AsMemory());
        await group.ReadAsync(fields[1], series.AsMemory());
        await group.ReadAsync(fields[2], unit.AsMemory());
        await group.ReadAsync<int>(fields[3], year.AsMemory());
        await group.ReadAsync<double>(fields[4], mean.AsMemory());
        await group.ReadAsync<double>(fields[7], p50.AsMemory());
        await group.ReadAsync<double>(fields[9], p95.AsMemory());

        // Row order: scenario, series, year. credits.issued is 2 in every trial and year.
        Assert.Equal((Reference, "credits.issued", "MtCO2", 2026), (scenario[15], series[15], unit[15], year[15]));
        Assert.Equal((2.0, 2.0, 2.0), (mean[15], p50[15], p95[15]));

        // partners.active = 30 + m: median x50.5 = (34 + 35)/2, p95 x95.05 = 39, mean 34.5.
        var partners2030 = 45 + 30 + 4;
        Assert.Equal((Variant, "partners.active", "count", 2030), (scenario[partners2030], series[partners2030], unit[partners2030], year[partners2030]));
        Assert.Equal((34.5, 34.5, 39.0), (mean[partners2030], p50[partners2030], p95[partners2030]));

        // reductions = y + 0.001·i: the mean is exact in double; the median of the float values is
        // within float precision of y + 0.0495.
        Assert.Equal(2040 + 0.0495, mean[14], 1e-9);
        Assert.Equal(2040 + 0.0495, p50[14], 2e-4);
    }

    [Fact]
    public async Task Manifest_embeds_the_resolved_scenario_as_an_object()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 64, TwoScenarios());
        var path = temp.Combine(ResultFileNames.ManifestJson);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        Assert.Equal("embedded", root.GetProperty("mode").GetString());
        Assert.Equal(7UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(64, root.GetProperty("blockSize").GetInt32());
        Assert.Equal(1, root.GetProperty("siloCount").GetInt32());
        var scenario = root.GetProperty("scenarios")[1];
        Assert.Equal(Variant, scenario.GetProperty("name").GetString());
        Assert.Equal(64, scenario.GetProperty("files")[0].GetProperty("sha256").GetString()!.Length);
        var resolved = scenario.GetProperty("resolvedScenario");
        Assert.Equal(JsonValueKind.Object, resolved.ValueKind);
        Assert.Equal(2026, resolved.GetProperty("accounting").GetProperty("startYear").GetInt32());

        var read = ManifestJson.Read(path);
        Assert.Equal(RunMode.Embedded, read.Mode);
        Assert.Equal(2026, JsonDocument.Parse(read.Scenarios[0].ResolvedScenarioJson).RootElement.GetProperty("accounting").GetProperty("startYear").GetInt32());
    }

    [Fact]
    public async Task Summary_markdown_tabulates_probabilities_and_provenance()
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 64, TwoScenarios());

        var markdown = await File.ReadAllTextAsync(temp.Combine(ResultFileNames.SummaryMarkdown));

        Assert.Contains("| Scenario | P(≥ 100 Mt by FY2030) | Realised cumulative FY2030, Mt: median (5–95%) | P(≥ 200 Mt by FY2040) |", markdown);
        Assert.Contains("Targets tested against: Realised reductions (live frameworks).", markdown);
        Assert.Contains("| current-policy | FY2030 | 100 | 135.0 (0.0–270.0) | **90.0 (0.0–180.0)** | 67.5 (0.0–135.0) | 45.0 (0.0–90.0) |", markdown);
        Assert.Contains("| current-policy — current-policy title | 50.0% (40.4–59.6%) | 90.0 (0.0–180.0) | 50.0% (40.4–59.6%) |", markdown);
        Assert.Contains("| 40.0% |", markdown);
        Assert.Contains("+10.0 pp (+5.5 to +17.4)", markdown);
        Assert.Contains("Seed 7 · 100 trials per scenario · JcmSim 0.1.0-test", markdown);
    }

    [Fact]
    public async Task Row_groups_have_a_fixed_size_whatever_the_block_size()
    {
        using var temp = new TempDirectory();
        const int trials = RunResultWriter.TrialsRowGroupRows + 4_464;
        var files = new List<byte[]>();
        foreach (var blockSize in new[] { 4_096, 1_000 })
        {
            var directory = Directory.CreateDirectory(temp.Combine($"b{blockSize}")).FullName;
            await SyntheticRun.WriteAsync(directory, blockSize, SyntheticRun.Descriptor(Reference, trials));
            files.Add(await File.ReadAllBytesAsync(Path.Combine(directory, ResultFileNames.TrialsParquet)));
        }

        Assert.True(files[0].AsSpan().SequenceEqual(files[1]));
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(files[0]));
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal(RunResultWriter.TrialsRowGroupRows, reader.OpenRowGroupReader(0).RowCount);
        Assert.Equal(4_464, reader.OpenRowGroupReader(1).RowCount);
    }

    [Fact]
    public async Task Many_row_groups_stream_through_in_trial_order()
    {
        // More full row groups than the encoder queue holds, so Add must wait for the encoder.
        using var temp = new TempDirectory();
        const int trials = (4 * RunResultWriter.TrialsRowGroupRows) + 1;
        await SyntheticRun.WriteAsync(temp.Path, 8_192, SyntheticRun.Descriptor(Reference, trials));

        await using var reader = await ParquetReader.CreateAsync(temp.Combine(ResultFileNames.TrialsParquet));
        Assert.Equal(5, reader.RowGroupCount);
        var expected = 0L;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var trial = new long[group.RowCount];
            await group.ReadAsync<long>(reader.Schema.DataFields[1], trial.AsMemory());
            foreach (var value in trial)
            {
                Assert.Equal(expected++, value);
            }
        }

        Assert.Equal(trials, expected);
        Assert.Equal(trials + 1, File.ReadLines(temp.Combine(ResultFileNames.TrialsCsv)).Count());
    }

    [Fact]
    public async Task Japan_itmo_share_is_null_without_an_issued_credits_series()
    {
        using var temp = new TempDirectory();
        var descriptor = SyntheticRun.Descriptor(Reference, 10) with
        {
            Series = SyntheticRun.Series.Select(s => s.Id == "credits.issued" ? s with { Id = "credits.other" } : s).ToArray(),
        };

        var summary = await SyntheticRun.WriteAsync(temp.Path, 10, descriptor);

        Assert.Null(summary.Scenarios[0].JapanItmoShare);
    }

    [Fact]
    public async Task Blocks_out_of_order_are_refused()
    {
        using var temp = new TempDirectory();
        await using var writer = new RunResultWriter(temp.Path, TwoScenarios(trials: 20));

        // Not starting at trial 0.
        Assert.Throws<InvalidOperationException>(() => writer.Add(0, SyntheticRun.Block(0, 10, 10)));

        // The next scenario before the current one is complete.
        writer.Add(0, SyntheticRun.Block(0, 0, 10));
        Assert.Throws<InvalidOperationException>(() => writer.Add(1, SyntheticRun.Block(1, 0, 10)));

        // A gap, a repeat, and more trials than declared.
        Assert.Throws<InvalidOperationException>(() => writer.Add(0, SyntheticRun.Block(0, 11, 9)));
        Assert.Throws<InvalidOperationException>(() => writer.Add(0, SyntheticRun.Block(0, 0, 10)));
        Assert.Throws<InvalidOperationException>(() => writer.Add(0, SyntheticRun.Block(0, 10, 11)));

        // Back to an earlier scenario.
        writer.Add(0, SyntheticRun.Block(0, 10, 10));
        writer.Add(1, SyntheticRun.Block(1, 0, 10));
        Assert.Throws<InvalidOperationException>(() => writer.Add(0, SyntheticRun.Block(0, 0, 10)));

        // Completing early.
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.CompleteAsync(SyntheticRun.Manifest(Reference, Variant)));

        writer.Add(1, SyntheticRun.Block(1, 10, 10));
        await writer.CompleteAsync(SyntheticRun.Manifest(Reference, Variant));
        Assert.Throws<InvalidOperationException>(() => writer.Add(1, SyntheticRun.Block(1, 20, 1)));
    }

    [Fact]
    public async Task Blocks_of_the_wrong_shape_or_with_non_finite_values_are_refused()
    {
        using var temp = new TempDirectory();
        await using var writer = new RunResultWriter(temp.Path, [SyntheticRun.Descriptor(Reference, 10)]);

        Assert.Throws<ArgumentException>(() => writer.Add(0, new TrialBlockResult(0, 10, 1, SyntheticRun.FirstYear, SyntheticRun.Years, 3)));
        Assert.Throws<ArgumentException>(() => writer.Add(0, new TrialBlockResult(0, 10, 2, SyntheticRun.FirstYear, SyntheticRun.Years, 2)));
        Assert.Throws<ArgumentException>(() => writer.Add(0, new TrialBlockResult(0, 10, 2, SyntheticRun.FirstYear + 1, SyntheticRun.Years, 3)));
        var block = SyntheticRun.Block(0, 0, 10);
        block.Annual[1][block.At(3, 4)] = double.NaN;
        Assert.Throws<ArgumentException>(() => writer.Add(0, block));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Add(1, SyntheticRun.Block(0, 0, 10)));
    }

    [Fact]
    public void Scenarios_must_share_target_years_and_have_unique_names()
    {
        using var temp = new TempDirectory();
        var other = SyntheticRun.Descriptor("other", 10) with { Targets = [new ReductionTarget(2035, 150)] };

        Assert.Throws<ArgumentException>(() => new RunResultWriter(temp.Path, [SyntheticRun.Descriptor("a", 10), other]));
        Assert.Throws<ArgumentException>(() => new RunResultWriter(temp.Path, [SyntheticRun.Descriptor("a", 10), SyntheticRun.Descriptor("a", 10)]));
        Assert.Throws<ArgumentException>(() => new RunResultWriter(temp.Path, []));
        Assert.Throws<DirectoryNotFoundException>(() => new RunResultWriter(temp.Combine("missing"), [SyntheticRun.Descriptor("a", 10)]));
    }
}
