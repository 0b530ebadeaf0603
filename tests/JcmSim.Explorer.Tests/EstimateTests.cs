using System.Net;
using JcmSim.Explorer.Tests.Support;
using JcmSim.Runs;

namespace JcmSim.Explorer.Tests;

/// <summary>Estimates streamed by a real server: the same numbers as <c>jcmsim run</c>, and stale work cancelled.</summary>
public sealed class EstimateTests(ExplorerFixture explorer) : IClassFixture<ExplorerFixture>
{
    [Fact]
    public async Task The_last_update_equals_jcmsim_run_of_the_settings_as_a_scenario_file_with_the_same_seed_and_trials()
    {
        // Given levers moved on the page, and the scenario file the page's settings make, next to the reference
        const int trials = 100;
        const ulong seed = 11;
        var levers = new Dictionary<string, double> { ["privateCapital.multiplier"] = 12, ["pipeline.multiplier"] = 6, ["expansion.newPartnersPerYear"] = 5 };
        using var temp = new TempDirectory();
        var folder = Repository.CopyScenarios(temp);
        var prepared = new ScenarioCatalog(new ScenarioFolder(folder)).Prepare(new EstimateRequest("baseline", [.. levers], seed, trials, "x"));
        var variantFile = Path.Combine(folder, "baseline-explored.yaml");
        await File.WriteAllTextAsync(variantFile, prepared.Yaml);

        // When the server estimates them and jcmsim run's application layer runs the reference and the file
        var (response, updates) = await Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "equal", seed, trials, levers });
        var run = await CliRun.RunAsync([Path.Combine(folder, "baseline.yaml"), variantFile], trials, seed, temp.Combine("out"));

        // Then the page's last numbers (after waves of 32, 64 and 100 trials) are the run's, to the last bit
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([32, 64, 100], updates.Select(u => u.Trials));
        var last = updates[^1];
        Assert.True(last.Done);
        Assert.Equal(trials, last.Trials);
        var variant = run.Summary.Scenarios[1];
        Assert.Equal(2, last.Targets.Count);
        foreach (var (target, i) in last.Targets.Select((t, i) => (t, i)))
        {
            var summary = variant.Targets[i];
            Assert.Equal(
                (summary.FiscalYear, summary.Probability, summary.CiLow, summary.CiHigh, summary.CumulativeMt.P50),
                (target.FiscalYear, target.Probability, target.Low, target.High, target.MedianMt));
            Assert.Equal(run.Summary.Scenarios[0].Targets[i].Probability, target.ReferenceProbability);
            var comparison = Assert.Single(run.Summary.Comparison, c => c.FiscalYear == target.FiscalYear);
            Assert.Equal((comparison.Probability.Difference, comparison.Probability.CiLow, comparison.Probability.CiHigh), (target.Difference, (double?)target.DifferenceLow, (double?)target.DifferenceHigh));
        }

        // and the moved levers make a difference the page can show
        Assert.True(last.Targets[1].MedianMt > run.Summary.Scenarios[0].Targets[1].CumulativeMt.P50);
    }

    [Fact]
    public async Task An_estimate_stops_at_the_precision_where_jcmsim_run_precision_stops_with_its_numbers()
    {
        // Given the baseline as it is, whose targets are out of reach: ±1 point needs few trials
        const ulong seed = 13;
        const int cap = 2048;
        using var temp = new TempDirectory();

        // When the server estimates it to ±1 point within the cap, and jcmsim run --precision 0.01 --max-trials 2048 runs it
        var (response, updates) = await Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "precise", seed, trials = cap, precision = 0.01 });
        var run = await CliRun.RunAsync([Path.Combine(Repository.Scenarios, "baseline.yaml")], cap, seed, temp.Combine("out"), precision: 0.01);

        // Then the estimate goes on through its early updates and stops where the run stops, before the cap, saying why
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([32, 64, 128, 256, 512, PrecisionStop.WaveTrials], updates.Select(u => u.Trials));
        Assert.Equal(run.TrialsRun[0], updates[^1].Trials);
        Assert.All(updates[..^1], u => Assert.Equal((false, (EstimateStop?)null), (u.Done, u.Stop)));
        var last = updates[^1];
        Assert.Equal((true, EstimateStop.Precision, 0.01), (last.Done, last.Stop, last.Precision));
        Assert.True(last.HalfWidth <= 0.01, $"±{last.HalfWidth}");

        // and with the run's numbers, to the last bit
        foreach (var (target, summary) in last.Targets.Zip(run.Summary.Scenarios[0].Targets))
        {
            Assert.Equal((summary.Probability, summary.CiLow, summary.CiHigh, summary.CumulativeMt.P50), (target.Probability, target.Low, target.High, target.MedianMt));
        }
    }

    [Fact]
    public async Task An_estimate_without_a_precision_runs_to_its_trials_and_says_the_cap_stopped_it()
    {
        var (_, updates) = await Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "capped", trials = 48, precision = 0 });

        Assert.Equal([32, 48], updates.Select(u => u.Trials));
        Assert.Equal((true, EstimateStop.Cap, 0.0), (updates[^1].Done, updates[^1].Stop, updates[^1].Precision));
    }

    [Fact]
    public async Task A_new_request_of_the_same_session_cancels_the_one_before()
    {
        // Given a long estimate of a session under way
        using var first = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var long_ = Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "moving", trials = 4096, levers = new Dictionary<string, double> { ["pipeline.multiplier"] = 3 } }, first.Token);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // When the session asks again
        var (response, updates) = await Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "moving", trials = 16 });

        // Then the new estimate completes and the old stream ends without reaching its cap
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Assert.Single(updates).Done);
        var (_, stale) = await long_;
        Assert.DoesNotContain(stale, u => u.Done);
    }

    [Fact]
    public async Task Concurrent_sessions_all_finish_and_the_same_settings_give_the_same_numbers_in_every_session()
    {
        // Given four sessions at once: two settings, each asked by two sessions
        double[] multipliers = [1.5, 8];
        var requests = multipliers.SelectMany((m, i) => new[] { (m, $"c{i}a"), (m, $"c{i}b") })
            .Select(r => Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = r.Item2, trials = 32, seed = 3UL, levers = new Dictionary<string, double> { ["pipeline.multiplier"] = r.m } }))
            .ToList();

        // When they all complete
        var results = await Task.WhenAll(requests);

        // Then every session reached its cap, and sessions with the same settings saw the same numbers
        Assert.All(results, r => Assert.True(r.Updates[^1].Done && r.Updates[^1].Trials == 32));
        for (var i = 0; i < multipliers.Length; i++)
        {
            var (a, b) = (results[2 * i].Updates[^1], results[(2 * i) + 1].Updates[^1]);
            Assert.Equal(a.Targets, b.Targets);
            Assert.Equal(a.Fan.P50, b.Fan.P50);
        }

        Assert.True(results[2].Updates[^1].Targets[1].MedianMt > results[0].Updates[^1].Targets[1].MedianMt);
    }

    [Fact]
    public async Task Updates_come_after_each_wave_with_growing_trials_and_a_fan_from_the_accounting_start_to_the_horizon()
    {
        var (_, updates) = await Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "waves", trials = 80 });

        Assert.Equal([32, 64, 80], updates.Select(u => u.Trials));
        Assert.Equal([false, false, true], updates.Select(u => u.Done));
        var last = updates[^1];
        Assert.Equal(2013, last.Fan.Years[0]);
        Assert.Equal(2040, last.Fan.Years[^1]);
        Assert.All(Enumerable.Range(0, last.Fan.Years.Count), i => Assert.True(last.Fan.P5[i] <= last.Fan.P50[i] && last.Fan.P50[i] <= last.Fan.P95[i]));
        Assert.Contains(last.Channels, c => c.Id == "moej" && c.MeanMt > 0);
        Assert.True(last.Countries.Count <= 9);
        Assert.Equal(0, last.Targets[0].Difference);
    }
}
