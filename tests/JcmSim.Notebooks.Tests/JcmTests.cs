using JcmSim.Analysis.Results;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using JcmSim.Notebooks.Tests.Support;

namespace JcmSim.Notebooks.Tests;

public sealed class JcmTests
{
    private static string Scenario(string name) => Path.Combine(Repository.Scenarios, name + ".yaml");

    [Fact]
    public async Task In_process_and_embedded_runs_give_identical_trials()
    {
        var baseline = Jcm.LoadScenario(Scenario("baseline"));

        var inProcess = await Jcm.RunAsync(baseline, trials: 64, seed: 3, engine: JcmEngine.InProcess);
        var embedded = await Jcm.RunAsync(baseline, trials: 64, seed: 3, engine: JcmEngine.Embedded);
        await Jcm.ShutdownAsync();

        Assert.Equal(inProcess.Trials.CumulativeMt(2040), embedded.Trials.CumulativeMt(2040));
        Assert.Equal(inProcess.Trials.ProjectsFunded(), embedded.Trials.ProjectsFunded());
        Assert.Equal(inProcess.Summary.ToString(), embedded.Summary.ToString());
    }

    [Fact]
    public async Task The_summary_probability_is_the_share_of_trials_that_met_the_target()
    {
        // A target near the median of private-finance-high's FY2040 cumulative (~130 Mt) makes it a real
        // question, so the check can fail.
        var privateHigh = Jcm.LoadScenario(Scenario("private-finance-high"));
        var nearMedian = privateHigh with { Accounting = privateHigh.Accounting with { Targets = [new ReductionTarget(2040, 130)] } };

        var run = await Jcm.RunAsync(nearMedian, trials: 200, seed: 7);

        var met = run.Trials.Met(2040);
        var target = run.RunSummary.Scenarios[0].Targets.Single(t => t.FiscalYear == 2040);
        Assert.Equal(met.Count(m => m) / 200.0, target.Probability);
        Assert.InRange(target.Probability, 0.05, 0.95);
        Assert.Equal(run.Trials.CumulativeMt(2040).Select(v => v >= 130), met);
    }

    [Fact]
    public async Task A_comparison_reports_the_mean_of_the_per_trial_differences()
    {
        var baseline = Jcm.LoadScenario(Scenario("baseline"));
        var privateHigh = Jcm.LoadScenario(Scenario("private-finance-high"));

        var comparison = await Jcm.CompareAsync([baseline, privateHigh], trials: 100, seed: 7);

        var reference = comparison.TrialsOf("baseline").CumulativeMt(2040);
        var variant = comparison.TrialsOf("private-finance-high").CumulativeMt(2040);
        var paired = comparison.RunSummary.Comparison.Single(c => c.FiscalYear == 2040);
        Assert.Equal(variant.Zip(reference, (v, r) => v - r).Average(), paired.CumulativeMt.Difference, 9);
        Assert.Equal(2, comparison.Comparison.Rows.Count);
        await Assert.ThrowsAsync<ArgumentException>(() => Jcm.CompareAsync([baseline], trials: 10));
    }

    [Fact]
    public async Task Saving_writes_the_standard_result_folder_and_refuses_a_non_empty_one()
    {
        var baseline = Jcm.LoadScenario(Scenario("baseline"));
        var run = await Jcm.RunAsync(baseline, trials: 50, seed: 7);
        using var workspace = new NotebookWorkspace();
        var folder = Path.Combine(workspace.Path, "out");

        var written = await run.SaveAsync(folder);

        foreach (var name in new[] { "summary.json", "summary.md", "trials.parquet", "trials.csv", "annual.parquet", "manifest.json", "report.html", "results.xlsx", "charts/fan-cumulative.png" })
        {
            Assert.True(File.Exists(Path.Combine(written, name)), $"{name} is missing");
        }

        Assert.Equal(50, SummaryJson.Read(Path.Combine(written, "summary.json")).Scenarios[0].Trials);
        await Assert.ThrowsAsync<OutputFolderException>(() => run.SaveAsync(folder));

        // The workbook follows the language asked for, as the report does.
        var japanese = await run.SaveAsync(Path.Combine(workspace.Path, "ja"), language: "ja");
        Assert.Equal("シナリオ", JcmSim.Runs.Workbooks.ResultWorkbook.Read(Path.Combine(japanese, "results.xlsx"))[0].Headings[0]);
    }

    [Fact]
    public async Task A_tornado_through_the_api_moves_the_median_the_way_the_input_pushes()
    {
        var baseline = Jcm.LoadScenario(Scenario("baseline"));

        var study = await Jcm.TornadoAsync(baseline, only: ["pipeline.multiplier"], trials: 60, seed: 7);

        var entry = Assert.Single(study.Result.Entries);
        var median = study.Metrics[^1];
        Assert.Equal("pipeline.multiplier", entry.Path);
        Assert.True(median.Of(entry.High) > median.Of(entry.Low), "more opportunities must give a higher median cumulative");
        Assert.Contains("Pipeline: opportunity multiplier", study.Table().ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => Jcm.TornadoAsync(baseline, only: ["nothing.like.this"], trials: 10));
    }

    [Fact]
    public void A_broken_scenario_names_the_file_and_the_field()
    {
        using var workspace = new NotebookWorkspace();
        var path = Path.Combine(workspace.Path, "broken.yaml");
        File.WriteAllText(path, "extends: scenarios/baseline.yaml\nhorizon:\n  lastYaer: 2040\n");

        var error = Assert.Throws<ScenarioValidationException>(() => Jcm.LoadScenario(path));

        Assert.Contains($"{path}:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("horizon.lastYaer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_something_the_run_does_not_have_says_what_it_has()
    {
        var run = await Jcm.RunAsync(Jcm.LoadScenario(Scenario("baseline")), trials: 10);

        Assert.Contains("allowed: 2030, 2040", Assert.Throws<ArgumentException>(() => run.Trials.CumulativeMt(2035)).Message, StringComparison.Ordinal);
        Assert.Contains("allowed: baseline", Assert.Throws<ArgumentException>(() => run.TrialsOf("other")).Message, StringComparison.Ordinal);
        Assert.Contains("allowed: en, ja", Assert.Throws<ArgumentException>(() => run.FanChart("fr")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("policy-package-2040")]
    [InlineData("hindcast-2013")]
    public void Every_scenario_file_passes_the_checks_for_scenarios_built_in_code(string name)
    {
        var scenario = Jcm.LoadScenario(Scenario(name));

        Assert.Same(scenario, Jcm.Validate(scenario));
    }

    [Fact]
    public async Task A_scenario_changed_in_code_is_checked_before_it_runs_and_every_problem_is_listed()
    {
        var baseline = Jcm.LoadScenario(Scenario("baseline"));
        var broken = baseline with
        {
            Name = "broken",
            Accounting = baseline.Accounting with { Targets = [new JcmSim.Model.Scenarios.ReductionTarget(2050, 200)] },
            Agreements = baseline.Agreements with { ExtensionProbability = new JcmSim.Model.Distributions.UniformDistribution(0.5, 1.2) },
            ExistingPortfolio = [baseline.ExistingPortfolio[0] with { Sector = "fusion" }],
        };

        var error = await Assert.ThrowsAsync<ScenarioCheckException>(() => Jcm.RunAsync(broken, trials: 10));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("accounting.targets[0].fiscalYear: target year 2050 is outside the simulated horizon (allowed: 2026–2040)", error.Problems);
        Assert.Contains("agreements.extensionProbability: uniform(0.5, 1.2) takes values in [0.5, 1.2], outside the allowed range (allowed: [0, 1])", error.Problems);
        Assert.Contains(error.Problems, p => p.StartsWith("existingPortfolio[0].sector: unknown sector 'fusion' (allowed: sector ids: solar, efficiency,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Morris_and_Sobol_rank_the_opportunity_pipeline_above_the_conservativeness_factor()
    {
        // The pipeline multiplier spans 0.5–8 × the opportunity flow; the conservativeness factor
        // trims credits, and so reductions only through investors' credit revenue (seed 7: μ* 83 vs 11 Mt).
        var baseline = Jcm.LoadScenario(Scenario("baseline"));
        string[] inputs = ["pipeline.multiplier", "credits.conservativenessFactor"];

        var morris = await Jcm.MorrisAsync(baseline, only: inputs, trajectories: 2, trialsPerPoint: 4, seed: 7);
        var sobol = await Jcm.SobolAsync(baseline, only: inputs, baseSamples: 8, trialsPerPoint: 2, seed: 7);

        Assert.Equal(inputs, morris.Inputs.Select(i => i.Path));
        Assert.Equal(2 * 3, morris.Outputs.Count);
        Assert.True(morris.Result.Indices.Inputs[0].MuStar > 4 * morris.Result.Indices.Inputs[1].MuStar, morris.Table().ToString());
        Assert.Equal(8 * 4, sobol.Outputs.Count);
        Assert.True(sobol.Result.Indices.Inputs[0].Total > sobol.Result.Indices.Inputs[1].Total, sobol.Table().ToString());
        Assert.Contains("allowed: privateCapital.multiplier", (await Assert.ThrowsAsync<ArgumentException>(() => Jcm.MorrisAsync(baseline, only: ["nothing"]))).Message, StringComparison.Ordinal);
    }
}
