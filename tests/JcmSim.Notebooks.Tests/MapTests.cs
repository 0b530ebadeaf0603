using System.Globalization;
using JcmSim.Notebooks.Tests.Support;

namespace JcmSim.Notebooks.Tests;

/// <summary><see cref="Jcm.MapAsync"/> runs the map of <c>jcmsim map</c> through the same orchestrator: same points, same numbers, same table and chart.</summary>
public sealed class MapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jcmsim-map-").FullName;

    [Fact]
    public async Task The_notebook_map_has_the_same_points_and_probabilities_as_jcmsim_map()
    {
        var baseline = Path.Combine(Repository.Scenarios, "baseline.yaml");
        var output = Path.Combine(_folder, "cli");
        var run = CliRun.Invoke("map", baseline, "--x", "pipeline.multiplier", "--levels", "2", "--trials-per-point", "6", "--seed", "3", "--in-process", "--out", output);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);

        var map = await Jcm.MapAsync(Jcm.LoadScenario(baseline), x: "pipeline.multiplier", levels: 2, trialsPerPoint: 6, seed: 3);

        var lines = File.ReadAllLines(Path.Combine(output, "map.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(lines.Length - 1, map.Result.Points.Count);
        for (var i = 0; i < map.Result.Points.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            double Cell(string column) => double.Parse(cells[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);
            var point = map.Result.Points[i];
            Assert.Equal(Cell("pipeline.multiplier"), point.Values[0]);
            Assert.Equal(Cell("expansion.newPartnersPerYear"), point.Values[1]);
            Assert.Equal(Cell("p_met_2040"), point.At(2040).Probability);
            Assert.Equal(Cell("median_cumulative_mt_2040"), point.At(2040).MedianMt);
        }

        Assert.Contains("median FY2040 Mt", map.Table().ToString(), StringComparison.Ordinal);
        Assert.NotNull(map.Chart(2030, "ja"));
        Assert.Contains("allowed: 2030, 2040", Assert.Throws<ArgumentException>(() => map.Chart(2035)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_map_of_an_unknown_input_says_what_it_can_map()
    {
        var baseline = Jcm.LoadScenario(Path.Combine(Repository.Scenarios, "baseline.yaml"));

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => Jcm.MapAsync(baseline, y: "expansion.nothing", trialsPerPoint: 2));

        Assert.Contains("--y expansion.nothing: not an input", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("privateCapital.multiplier", thrown.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
