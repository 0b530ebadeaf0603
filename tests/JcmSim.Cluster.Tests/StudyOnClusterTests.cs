using System.Text.Json;
using JcmSim.Cluster.Tests.Support;

namespace JcmSim.Cluster.Tests;

/// <summary>A study (<c>jcmsim sweep --cluster</c>) runs its points on the cluster with the same numbers as in process.</summary>
[Collection(LoopbackClusterCollection.Name)]
public sealed class StudyOnClusterTests(LoopbackCluster cluster)
{
    [Fact]
    public async Task A_sweep_on_the_cluster_writes_the_same_points_as_in_process()
    {
        await cluster.EnsureSilosAsync(2);
        var onCluster = cluster.Folder("sweep-cluster");
        var local = cluster.Folder("sweep-local");
        string[] args = ["sweep", Repository.Baseline, "--design", "grid", "--samples", "2", "--inputs", "pipeline.multiplier,creditPrice.trendMultiplier", "--trials-per-point", "16", "--seed", "4"];

        var remote = await CliRun.RunAsync([.. args, "--out", onCluster, "--cluster", cluster.ClusterArgument]);
        var inProcess = await CliRun.RunAsync([.. args, "--out", local, "--in-process"]);

        Assert.True(remote.ExitCode == 0, remote.Error);
        Assert.True(inProcess.ExitCode == 0, inProcess.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(local, "points.parquet")), File.ReadAllBytes(Path.Combine(onCluster, "points.parquet")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(onCluster, "manifest.json")));
        Assert.Equal("cluster", manifest.RootElement.GetProperty("mode").GetString());
    }
}
