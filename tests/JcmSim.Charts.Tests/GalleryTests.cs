using System.Reflection;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Tests.Support;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Simulation;

namespace JcmSim.Charts.Tests;

/// <summary>
/// The README's charts: a real run of scenarios/baseline.yaml (in-process, 1,000 trials, seed 7),
/// rendered and written to tests/JcmSim.Charts.Tests/Gallery, so the images in the README are
/// always what the code draws.
/// </summary>
public sealed class GalleryTests
{
    private const int Trials = 1000;
    private const ulong Seed = 7;

    [Fact]
    public async Task Baseline_charts_for_the_readme_are_rendered_from_a_real_run()
    {
        // Given a real run of the baseline scenario
        using var temp = new TempDirectory();
        var scenario = ScenarioLoader.Load(RepositoryPaths.Baseline);
        await WriteRunAsync(temp.Path, scenario);
        var results = await RunResults.LoadAsync(temp.Path);

        // When the fan chart (English) and the sector contributions (Japanese) are rendered
        var charts = new[]
        {
            new ChartDefinition("baseline-fan-en", () => ChartBook.FanChart(results, new ChartOptions { Language = "en" })),
            new ChartDefinition("baseline-sectors-ja", () => ChartBook.Contributions(results, Breakdown.Sector, 0, new ChartOptions { Language = "ja" })),
        };
        Directory.CreateDirectory(RepositoryPaths.Gallery);
        var rendered = ResultCharts.Render(charts, RepositoryPaths.Gallery);

        // Then the PNGs are there at print size (the SVGs are not kept in the gallery)
        foreach (var chart in rendered)
        {
            ImageAssert.SvgParses(chart.SvgPath);
            File.Delete(chart.SvgPath);
            Assert.True(new FileInfo(chart.PngPath).Length > 50_000);
        }
    }

    private static async Task WriteRunAsync(string folder, Scenario scenario)
    {
        var compiled = new CompiledScenario(scenario);
        var descriptor = new ScenarioRunDescriptor(scenario.Name, scenario.Title, Trials, Seed, scenario.Accounting.StartYear, scenario.Accounting.Targets,
            compiled.Series.Series, compiled.OutputFirstYear, compiled.OutputYears);
        await using var writer = new RunResultWriter(folder, [descriptor]);
        await foreach (var block in InProcessSimulator.RunAsync(compiled, Seed, new TrialPlan(Trials, 250), Environment.ProcessorCount, CancellationToken.None))
        {
            writer.Add(0, block);
        }

        var provenance = new ScenarioProvenance(scenario.Name, [new ScenarioFileHash("scenarios/baseline.yaml", new string('0', 64))], ScenarioJson.Serialize(scenario));
        var version = typeof(ChartBook).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        await writer.CompleteAsync(new RunManifest(version, DateTimeOffset.UnixEpoch, "jcmsim run scenarios/baseline.yaml --trials 1000 --seed 7 --in-process",
            RunMode.InProcess, 0, Seed, Trials, 250, 0, [provenance]));
    }
}
