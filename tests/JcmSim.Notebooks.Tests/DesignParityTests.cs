using System.Globalization;
using JcmSim.Notebooks.Tests.Support;

namespace JcmSim.Notebooks.Tests;

/// <summary>
/// The notebook API and <c>jcmsim sensitivity</c> run a design through the same application layer:
/// the same design gives the same input values and the same outputs, and an unbounded study range
/// (a log-normal, infinite at coordinates 0 and 1) gives finite extremes in both.
/// </summary>
public sealed class DesignParityTests : IDisposable
{
    private const int Trials = 5;
    private const ulong Seed = 7;
    private const string Input = "pipeline.multiplier";
    private readonly string _folder = Directory.CreateTempSubdirectory("jcmsim-parity-").FullName;

    [Fact]
    public async Task A_Morris_design_over_an_unbounded_range_gives_the_same_finite_points_from_the_notebook_api_and_the_cli()
    {
        var scenario = WriteScenario();
        var cli = RunCli(scenario, "morris", samples: 4);

        var study = await Jcm.MorrisAsync(Jcm.LoadScenario(scenario), only: [Input], trajectories: 4, trialsPerPoint: Trials, seed: Seed);

        AssertSamePoints(cli, study, reachesTheExtremes: true);
    }

    [Fact]
    public async Task A_Sobol_design_over_an_unbounded_range_gives_the_same_finite_points_from_the_notebook_api_and_the_cli()
    {
        var scenario = WriteScenario();
        var cli = RunCli(scenario, "sobol", samples: 4);

        var study = await Jcm.SobolAsync(Jcm.LoadScenario(scenario), only: [Input], baseSamples: 4, trialsPerPoint: Trials, seed: Seed);

        AssertSamePoints(cli, study, reachesTheExtremes: false);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertSamePoints(IReadOnlyList<(double Value, double Output)> cli, DesignStudy study, bool reachesTheExtremes)
    {
        Assert.Equal(cli.Count, study.Values.Count);
        Assert.All(study.Values, row => Assert.True(double.IsFinite(row[0]), $"input value {row[0]}"));
        Assert.All(study.Outputs, output => Assert.True(double.IsFinite(output), $"output {output}"));

        // A log-normal has no value at 0 or 1: a Morris grid's extremes are its 0.001 and 0.999 quantiles.
        // (The Saltelli points of a Sobol' sequence stay inside the cube.)
        var range = study.Inputs[0].Range;
        if (reachesTheExtremes)
        {
            Assert.Contains(study.Values, row => row[0] == range.Quantile(0.001) || row[0] == range.Quantile(0.999));
        }
        for (var i = 0; i < cli.Count; i++)
        {
            Assert.Equal(cli[i].Value, study.Values[i][0]);
            Assert.Equal(cli[i].Output, study.Outputs[i]);
        }
    }

    private string WriteScenario()
    {
        var path = Path.Combine(_folder, "lognormal-pipeline.yaml");
        File.WriteAllText(path, $$"""
            extends: {{Path.Combine(Repository.Scenarios, "baseline.yaml")}}
            uncertainties:
              pipeline.multiplier: {dist: lognormal, median: 1.0, sigma: 0.4}
            """);
        return path;
    }

    // points.csv of 'jcmsim sensitivity': the studied input's value and the mean cumulative at the last target.
    private List<(double Value, double Output)> RunCli(string scenario, string method, int samples)
    {
        var output = Path.Combine(_folder, method);
        var run = CliRun.Invoke("sensitivity", scenario, "--method", method, "--samples", samples.ToString(CultureInfo.InvariantCulture),
            "--trials-per-point", Trials.ToString(CultureInfo.InvariantCulture), "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--inputs", Input, "--in-process", "--out", output);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var lines = File.ReadAllLines(Path.Combine(output, "points.csv"));
        var header = lines[0].Split(',');
        var value = Array.IndexOf(header, Input);
        var mean = Array.FindLastIndex(header, h => h.StartsWith("mean_cumulative_mt_", StringComparison.Ordinal));
        return lines.Skip(1).Select(line => line.Split(','))
            .Select(cells => (double.Parse(cells[value], CultureInfo.InvariantCulture), double.Parse(cells[mean], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
