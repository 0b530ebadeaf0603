using System.Net;
using JcmSim.Explorer.Tests.Support;
using JcmSim.Runs;

namespace JcmSim.Explorer.Tests;

/// <summary>Many browser sessions at once on one server: every one finishes, with the numbers of <c>jcmsim run</c> for its settings.</summary>
public sealed class ManyUsersTests(ExplorerFixture explorer) : IClassFixture<ExplorerFixture>
{
    private const int Trials = 32;
    private const ulong Seed = 5;

    // Five settings, each asked by four sessions: twenty sessions on the shared queue at once.
    private static readonly Dictionary<string, double>[] Settings =
    [
        new() { ["pipeline.multiplier"] = 2 },
        new() { ["privateCapital.multiplier"] = 10 },
        new() { ["expansion.newPartnersPerYear"] = 4, ["pipeline.multiplier"] = 3 },
        new() { ["privateCapital.multiplier"] = 20, ["pipeline.multiplier"] = 8 },
        new() { ["creditPrice.trendMultiplier"] = 2.5 },
    ];

    [Fact]
    public async Task Twenty_concurrent_sessions_each_finish_with_the_numbers_of_jcmsim_run_for_their_settings()
    {
        // Given twenty sessions posting at once
        var sessions = Enumerable.Range(0, 20).Select(i => (Setting: i % Settings.Length, Session: $"many-{i}")).ToList();
        var estimates = sessions.Select(s => Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = s.Session, seed = Seed, trials = Trials, levers = Settings[s.Setting] })).ToList();

        // When they all complete, and jcmsim run's application layer runs the reference and the five settings as scenario files
        var results = await Task.WhenAll(estimates);
        var run = await RunSettingsAsync();

        // Then every session reached its cap with its settings' numbers, to the last bit
        foreach (var ((setting, session), (response, updates)) in sessions.Zip(results))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var last = updates[^1];
            Assert.True(last.Done && last.Trials == Trials, session);
            var expected = run.Summary.Scenarios[setting + 1];
            foreach (var (target, i) in last.Targets.Select((t, i) => (t, i)))
            {
                Assert.Equal((expected.Targets[i].Probability, expected.Targets[i].CiLow, expected.Targets[i].CiHigh, expected.Targets[i].CumulativeMt.P50), (target.Probability, target.Low, target.High, target.MedianMt));
                Assert.Equal(run.Summary.Scenarios[0].Targets[i].Probability, target.ReferenceProbability);
                var comparison = run.Summary.Comparison.Single(c => c.Scenario == expected.Name && c.FiscalYear == target.FiscalYear);
                Assert.Equal(comparison.Probability.Difference, target.Difference);
            }
        }

        // and the settings differ enough that a mix-up between sessions would show
        Assert.Equal(Settings.Length, results.Select(r => r.Updates[^1].Targets[1].MedianMt).Distinct().Count());
    }

    private static async Task<RunOutcome> RunSettingsAsync()
    {
        using var temp = new TempDirectory();
        var folder = Repository.CopyScenarios(temp);
        var catalog = new ScenarioCatalog(new ScenarioFolder(folder));
        var files = new List<string> { Path.Combine(folder, "baseline.yaml") };
        for (var s = 0; s < Settings.Length; s++)
        {
            var prepared = catalog.Prepare(new EstimateRequest("baseline", [.. Settings[s]], Seed, Trials, "x"));
            files.Add(temp.File(Path.Combine("scenarios", $"setting-{s}.yaml"), prepared.Yaml));
        }

        return await CliRun.RunAsync(files, Trials, Seed, temp.Combine("out"));
    }
}
