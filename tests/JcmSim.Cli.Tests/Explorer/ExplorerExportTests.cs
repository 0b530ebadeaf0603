using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JcmSim.Analysis.Results;
using JcmSim.Cli.Tests.Support;
using JcmSim.Explorer;
using JcmSim.Runs.Engines;
using JcmSim.Runs.Workbooks;

namespace JcmSim.Cli.Tests.Explorer;

/// <summary>
/// The explorer's exports against the command line: the scenario file it hands out validates, and
/// the command line it prints, run by <c>jcmsim run</c>, reproduces the page's numbers, charts (byte
/// for byte) and workbook for the same settings, seed and trials.
/// </summary>
public sealed class ExplorerExportTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_exported_scenario_file_and_command_line_rerun_by_jcmsim_give_the_pages_numbers_charts_and_workbook()
    {
        // Given an explorer serving a copy of the scenario folder, and levers moved on the page
        using var temp = new TempDirectory();
        var folder = CopyScenarios(temp);
        await using var server = await ExplorerServer.StartAsync(new ExplorerOptions { ScenariosFolder = folder, Port = 0, Engine = EngineChoice.InProcess, FirstWaveTrials = 32 }, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromMinutes(3) };
        const int trials = 64;
        const ulong seed = 11;
        var request = new
        {
            scenario = "baseline", session = "export", seed, trials,
            levers = new Dictionary<string, double> { ["privateCapital.multiplier"] = 12, ["pipeline.multiplier"] = 6, ["expansion.newPartnersPerYear"] = 5 },
        };
        var last = (await EstimateAsync(client, request))[^1];

        // When the page exports its settings, a chart of each kind and the workbook
        using var settingsResponse = await client.PostAsJsonAsync("api/export", request);
        Assert.Equal(HttpStatusCode.OK, settingsResponse.StatusCode);
        var settings = (await settingsResponse.Content.ReadFromJsonAsync<ExportSettings>(Json))!;
        var fanPng = await ExportAsync(client, "fan-cumulative.png", request, "image/png");
        var channelsSvg = await ExportAsync(client, "contributions-channel-baseline-explored.svg", request, "image/svg+xml");
        var workbookFile = temp.Combine("page-results.xlsx");
        await File.WriteAllBytesAsync(workbookFile, await ExportAsync(client, "results.xlsx", request, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        // and the planner saves the file next to the reference, validates it and runs the printed command
        Assert.Equal("baseline-explored.yaml", settings.FileName);
        var file = Path.Combine(folder, settings.FileName);
        await File.WriteAllTextAsync(file, settings.Yaml);
        var validate = CliRun.Invoke("validate", file);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        Assert.Equal($"jcmsim run {Path.Combine(relative, "baseline.yaml")} {Path.Combine(relative, settings.FileName)} --trials {trials} --seed {seed}", settings.Command);
        var output = temp.Combine("cli");
        var run = CliRun.Invoke([.. settings.Command.Split(' ').Skip(1), "--out", output, "--in-process"]);

        // Then the file validates and states only what moved, on top of the reference
        Assert.True(validate.ExitCode == ExitCodes.Ok, validate.Output + validate.Error);
        Assert.Contains("extends: baseline.yaml\n", settings.Yaml, StringComparison.Ordinal);
        Assert.Contains("newPartnersPerYear", settings.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("sectors:", settings.Yaml, StringComparison.Ordinal);

        // and the command line's run has the page's last numbers, to the last bit
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var results = await RunResults.LoadAsync(output);
        var variant = results.Summary.Scenarios[1];
        Assert.Equal("baseline-explored", variant.Name);
        Assert.Equal(trials, last.Trials);
        foreach (var (target, i) in last.Targets.Select((t, i) => (t, i)))
        {
            var summary = variant.Targets[i];
            Assert.Equal((summary.Probability, summary.CiLow, summary.CiHigh, summary.CumulativeMt.P50), (target.Probability, target.Low, target.High, target.MedianMt));
            var comparison = Assert.Single(results.Summary.Comparison, c => c.FiscalYear == target.FiscalYear);
            Assert.Equal(comparison.Probability.Difference, target.Difference);
        }

        // and its charts are the exported ones byte for byte, its workbook the exported one sheet for sheet (the manifest's clock aside)
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(output, "charts", "fan-cumulative.png")), fanPng);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(output, "charts", "contributions-channel-baseline-explored.svg")), channelsSvg);
        var page = ResultWorkbook.Read(workbookFile);
        var cli = ResultWorkbook.Read(Path.Combine(output, "results.xlsx"));
        Assert.Equal(cli.Select(s => s.Name), page.Select(s => s.Name));
        foreach (var (expected, actual) in cli.Zip(page).Where(p => p.First.Name != "Manifest"))
        {
            Assert.Equal(expected.Headings, actual.Headings);
            Assert.Equal(expected.Rows, actual.Rows);
        }
    }

    private static async Task<byte[]> ExportAsync(HttpClient client, string file, object request, string contentType)
    {
        using var response = await client.PostAsJsonAsync($"api/export/{file}", request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(file, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<List<EstimateUpdate>> EstimateAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("api/estimate", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Select(l => JsonSerializer.Deserialize<EstimateUpdate>(l, Json)!)];
    }

    private static string CopyScenarios(TempDirectory into) => RepositoryScenarios.CopyTo(into.Combine("scenarios"));
}
