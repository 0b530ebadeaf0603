using System.Globalization;
using Xunit.Abstractions;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>
/// scenarios/hindcast-2013.yaml (the baseline started in FY2013 without the recorded portfolio) against
/// the public records up to FY2019 it was calibrated on (the Ministry programme's selected projects and their
/// expected reductions, the projects registered and issuing). How is in scenarios/README.md, "Hindcast".
/// </summary>
/// <remarks>
/// The band is the simulated 5–95 % range, estimated from <see cref="HindcastRun.Trials"/> trials.
/// The estimated 5 % quantile is an order statistic whose true coverage has a standard error of
/// √(0.05 · 0.95 / 2000) ≈ 0.5 percentage points, so with 2,000 trials the estimated band is the
/// model's true band to within about ±1 point of probability at each end (95 % confidence) — enough
/// for a check whose observed values sit well inside it — and the run takes a few seconds. The seed is
/// fixed, so the test is deterministic.
/// </remarks>
public sealed class HindcastTests(HindcastTests.HindcastRun run, ITestOutputHelper output) : IClassFixture<HindcastTests.HindcastRun>
{
    [Fact]
    public void Hindcast_is_the_baseline_started_in_fiscal_2013_without_the_recorded_portfolio()
    {
        var baseline = BaselineScenarioTests.LoadBaseline();
        var hindcast = run.Compiled.Scenario;

        Assert.Equal(new SimulationHorizon(2013, baseline.Horizon.LastYear), hindcast.Horizon);
        Assert.Empty(hindcast.ExistingPortfolio);
        // No parameter is tuned for the hindcast: apart from its name, texts, horizon and the recorded portfolio it is the baseline.
        var asBaseline = hindcast with { Name = baseline.Name, Title = baseline.Title, Question = baseline.Question, Horizon = baseline.Horizon, ExistingPortfolio = baseline.ExistingPortfolio, Observations = baseline.Observations };
        Assert.Equal(ScenarioJson.Serialize(baseline), ScenarioJson.Serialize(asBaseline));
    }

    // The calibration records are those up to FY2019 (scenarios/data/jcm-record.csv, set "calibration"); the later ones
    // (194 by 2021-09, 223 in 2022, 280+ in 2025-11, the ADB fund's 5 by 2022, 0.7 Mt issued by 2024-06) are for validation.

    // source: moej-press-105650 — "about 127 projects selected" (2018) → FY2013–FY2017 plus half of FY2018 (selection rounds
    // run through the year).
    [Fact]
    public void Band_contains_the_127_projects_selected_by_2018() =>
        AssertInBand(observed: 127, run.MinistryProjects(lastFullYear: 2017, fractionOfNextYear: 0.5));

    // Expected reductions to FY2030 of the projects selected so far (想定GHG削減量): ex ante, so the check switches off
    // the sectors' performance, degradation and failure, and stops the Ministry's budget after the selections counted.
    // source: oecc-jcm-2017 — ~4.6 MtCO2 expected by 2030 as of March 2017 → projects selected FY2013–FY2016.
    [Fact]
    public void Band_contains_the_4_6_Mt_expected_by_fiscal_2030_from_projects_selected_by_2017_03() =>
        AssertInBand(observed: 4.6, ExpectedTo2030Mt(lastFullYear: 2016, fractionOfNextYear: 0));

    // source: moej-press-105650 — ~10 MtCO2 to 2030 with the ~127 projects of 2018 → FY2013–FY2017 plus half of FY2018.
    [Fact]
    public void Band_contains_the_10_Mt_expected_by_fiscal_2030_from_projects_selected_by_2018() =>
        AssertInBand(observed: 10, ExpectedTo2030Mt(lastFullYear: 2017, fractionOfNextYear: 0.5));

    // source: carbon-pulse-2020-01-27 — "14 million carbon credits by 2030" after a round in January 2020 (FY2019's last
    // quarter) → FY2013–FY2018 plus three quarters of FY2019.
    [Fact]
    public void Band_contains_the_14_Mt_expected_by_fiscal_2030_from_projects_selected_by_2020_01() =>
        AssertInBand(observed: 14, ExpectedTo2030Mt(lastFullYear: 2018, fractionOfNextYear: 0.75));

    // The records on registration and issuance up to FY2019 (the request behaviour of credits.* was set on them alone).
    // source: carbon-pulse-2015-04-28 — the fourth project registered the week before 2015-04-28 (28 days into FY2015).
    [Fact]
    public void Band_contains_the_4_projects_registered_by_2015_04() =>
        AssertInBand(observed: 4, RunningCount("projects.registered.cumulative", 2015, 28.0 / 366));

    // source: adb-jcm-handbook-2016 — 15 projects registered as of September 2016, 4 of them with credits issued.
    [Fact]
    public void Band_contains_the_15_projects_registered_and_the_4_issuing_by_2016_09()
    {
        AssertInBand(observed: 15, RunningCount("projects.registered.cumulative", 2016, 183.0 / 365));
        AssertInBand(observed: 4, RunningCount("projects.issuing.cumulative", 2016, 183.0 / 365));
    }

    // msci-2024: "only 0.7 Mt CO2e of such credits (of any type) have been issued as of June 2024" → the credits issued
    // FY2013–FY2023 plus a quarter of FY2024's. A validation record: nothing was set on it. With the request behaviour
    // calibrated on the FY2015–FY2016 records the model issues more (median 1.7 Mt, 5–95 % 0.84–2.84), so the record lies
    // below the band; scenarios/README.md "What it says, honestly" reports the miss, and this test fails when it no longer
    // holds, so the README is corrected with it.
    [Fact]
    public void The_0_7_Mt_of_credits_issued_by_2024_06_lie_below_the_band_calibrated_on_records_up_to_fiscal_2019()
    {
        var simulated = ScenarioRuns.CumulativePerTrial(run.Compiled, run.Blocks, "credits.issued", lastFullYear: 2023, fractionOfNextYear: 0.25);
        var p05 = ScenarioRuns.Quantile(simulated, 0.05);
        output.WriteLine($"observed 0.7: simulated median {ScenarioRuns.Quantile(simulated, 0.5):F2} (5–95 % {p05:F2}–{ScenarioRuns.Quantile(simulated, 0.95):F2})");
        Assert.True(0.7 < p05, $"the 0.7 Mt record is no longer below the band (5 % quantile {p05:F2} Mt): update scenarios/README.md's validation paragraph");
    }

    // A running count at a date: the count at the end of the previous fiscal year plus the share of the year passed times
    // the year's increase (the observations' rule).
    private double[] RunningCount(string seriesId, int fiscalYear, double fraction)
    {
        var series = run.Compiled.Series.Series.Select((s, i) => (s.Id, i)).Single(s => s.Id == seriesId).i;
        var values = new List<double>();
        foreach (var block in run.Blocks)
        {
            var at = fiscalYear - block.FirstYear;
            for (var t = 0; t < block.Count; t++)
            {
                var before = block.Annual[series][block.At(at - 1, t)];
                values.Add(before + (fraction * (block.Annual[series][block.At(at, t)] - before)));
            }
        }

        return [.. values];
    }

    // The Ministry's projects' expected reductions to FY2030 when its budget stops after the selections counted (the
    // following year's budget scaled by the fraction of that year counted).
    private static double[] ExpectedTo2030Mt(int lastFullYear, double fractionOfNextYear)
    {
        var hindcast = ScenarioLoader.Load(RepositoryPaths.Scenario("hindcast-2013.yaml"));
        var budget = hindcast.Channels.Single(c => c.Id == "moej").AnnualBudgetJpy;
        string Point(int year, double value) => $"{year}: {value.ToString("R", CultureInfo.InvariantCulture)}";
        var points = Enumerable.Range(2013, lastFullYear - 2012).Select(y => Point(y, budget.At(y)))
            .Append(Point(lastFullYear + 1, budget.At(lastFullYear + 1) * fractionOfNextYear))
            .Append(Point(lastFullYear + 2, 0));
        var sectors = hindcast.Sectors.Select(s => $"  {s.Id}: {{performanceRatio: 1, degradationPerYear: 0, failureHazardPerYear: 0}}");
        var yaml = $"""
            extends: hindcast-2013.yaml
            channels:
              moej: {"{"}annualBudgetJpy: {"{"}{string.Join(", ", points)}{"}"}{"}"}
            sectors:
            {string.Join("\n", sectors)}
            """;
        var scenario = ScenarioLoader.LoadText(yaml, RepositoryPaths.Scenario("hindcast-expected-to-2030.yaml"));
        var (expected, blocks) = ScenarioRuns.Run(scenario, HindcastRun.Seed, 1000);
        return ScenarioRuns.CumulativePerTrial(expected, blocks, "reductions.channel.moej", lastFullYear: 2030);
    }

    // The band is written to the test output too: scenarios/README.md "Hindcast" quotes it.
    private void AssertInBand(double observed, IReadOnlyList<double> simulated)
    {
        var p05 = ScenarioRuns.Quantile(simulated, 0.05);
        var p95 = ScenarioRuns.Quantile(simulated, 0.95);
        output.WriteLine($"observed {observed}: simulated median {ScenarioRuns.Quantile(simulated, 0.5):F1} (5–95 % {p05:F1}–{p95:F1})");
        Assert.True(p05 <= observed && observed <= p95, $"observed {observed} is outside the simulated 5–95 % band [{p05:F1}, {p95:F1}] (median {ScenarioRuns.Quantile(simulated, 0.5):F1})");
    }

    /// <summary>One hindcast run shared by the tests of this class.</summary>
    public sealed class HindcastRun
    {
        public const int Trials = 2000;
        public const ulong Seed = 2013;

        public HindcastRun()
        {
            var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("hindcast-2013.yaml"));
            (Compiled, Blocks) = ScenarioRuns.Run(scenario, Seed, Trials);
        }

        public CompiledScenario Compiled { get; }

        public List<TrialBlockResult> Blocks { get; }

        public double[] MinistryProjects(int lastFullYear, double fractionOfNextYear) =>
            ScenarioRuns.CumulativePerTrial(Compiled, Blocks, "projects.funded.channel.moej", lastFullYear, fractionOfNextYear);
    }
}
