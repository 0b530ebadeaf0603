using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JcmSim.Analysis.Results;
using JcmSim.Cluster.Tests.Support;
using JcmSim.Explorer;
using JcmSim.Runs.Engines;

namespace JcmSim.Cluster.Tests;

/// <summary><c>jcmsim serve --cluster</c>: the explorer as a client of the cluster estimates with the embedded explorer's and <c>jcmsim run</c>'s numbers.</summary>
[Collection(LoopbackClusterCollection.Name)]
public sealed class ServeOnClusterTests(LoopbackCluster cluster)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Serve_as_a_cluster_client_gives_the_numbers_of_the_embedded_explorer_and_of_jcmsim_run()
    {
        // Given jcmsim serve --cluster as its own process, and the explorer on an embedded silo in this one, serving a copy of the scenarios
        await cluster.EnsureSilosAsync(2);
        var folder = RepositoryScenarios.CopyTo(cluster.Folder("serve-scenarios"));
        await using var serve = JcmSimProcess.Start("serve --cluster", "serve", "--cluster", cluster.ClusterArgument, "--port", "0", "--scenarios", folder, "--log", cluster.Folder("serve.log"));
        var line = await serve.WaitForLineAsync(l => l.StartsWith("JcmSim explorer: ", StringComparison.Ordinal), TimeSpan.FromMinutes(2), "its URL line");
        await serve.WaitForLineAsync(l => l.Contains($"trials on cluster {cluster.ClusterArgument}", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the line naming the cluster");
        using var onCluster = new HttpClient { BaseAddress = new Uri(line["JcmSim explorer: ".Length..].Trim()), Timeout = TimeSpan.FromMinutes(3) };
        await using var embedded = await ExplorerServer.StartAsync(new ExplorerOptions { ScenariosFolder = folder, Port = 0, Engine = EngineChoice.Embedded }, CancellationToken.None);
        using var local = new HttpClient { BaseAddress = embedded.Url, Timeout = TimeSpan.FromMinutes(3) };
        var request = new { scenario = "baseline", session = "cluster", seed = LoopbackCluster.Seed, trials = 48, levers = new Dictionary<string, double> { ["pipeline.multiplier"] = 4 } };

        // When both estimate the same settings, and jcmsim run runs the scenario file the cluster's explorer exports
        var remote = await EstimateAsync(onCluster, request);
        var here = await EstimateAsync(local, request);
        using var export = await onCluster.PostAsJsonAsync("api/export", request);
        var settings = (await export.Content.ReadFromJsonAsync<ExportSettings>(Json))!;
        var file = Path.Combine(folder, settings.FileName);
        await File.WriteAllTextAsync(file, settings.Yaml);
        var output = cluster.Folder("serve-run");
        var run = await CliRun.RunAsync("run", Path.Combine(folder, "baseline.yaml"), file, "--trials", "48", "--seed", $"{LoopbackCluster.Seed}", "--in-process", "--out", output);

        // Then the cluster's estimate ends at its trials with the embedded explorer's numbers, and the run's, to the last bit
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(48, remote.Trials);
        Assert.True(remote.Done);
        Assert.Equal(here.Targets, remote.Targets);
        Assert.Equal(here.Fan.P50, remote.Fan.P50);
        Assert.Equal(here.Channels.Select(c => c.MeanMt), remote.Channels.Select(c => c.MeanMt));
        var summary = (await RunResults.LoadAsync(output)).Summary;
        foreach (var (target, i) in remote.Targets.Select((t, i) => (t, i)))
        {
            var expected = summary.Scenarios[1].Targets[i];
            Assert.Equal((expected.Probability, expected.CiLow, expected.CiHigh, expected.CumulativeMt.P50), (target.Probability, target.Low, target.High, target.MedianMt));
            Assert.Equal(summary.Scenarios[0].Targets[i].Probability, target.ReferenceProbability);
        }
    }

    // The last update of an estimate's stream.
    private static async Task<EstimateUpdate> EstimateAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("api/estimate", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return JsonSerializer.Deserialize<EstimateUpdate>(lines[^1], Json)!;
    }
}
