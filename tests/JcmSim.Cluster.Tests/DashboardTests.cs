using System.Net.Http.Json;
using System.Text.Json;
using JcmSim.Cluster.Tests.Support;

namespace JcmSim.Cluster.Tests;

/// <summary><c>jcmsim silo --dashboard PORT</c> serves the Orleans Dashboard, which sees every silo of the cluster.</summary>
[Collection(LoopbackClusterCollection.Name)]
public sealed class DashboardTests(LoopbackCluster cluster)
{
    [Fact]
    public async Task The_dashboard_page_is_served_and_counts_every_running_silo()
    {
        await cluster.EnsureSilosAsync(3);
        using var http = new HttpClient { BaseAddress = cluster.Dashboard, Timeout = TimeSpan.FromSeconds(30) };

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Orleans Dashboard", page, StringComparison.Ordinal);

        // The counters are sampled once a second: wait (bounded) until they include every silo.
        var running = cluster.Silos.Count(s => !s.Process.HasExited);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var active = await ActiveHostsAsync(http);
        while (active != running && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            active = await ActiveHostsAsync(http);
        }

        Assert.Equal(running, active);
    }

    private static async Task<int> ActiveHostsAsync(HttpClient http)
    {
        using var counters = await http.GetFromJsonAsync<JsonDocument>(new Uri("/DashboardCounters", UriKind.Relative));
        return counters!.RootElement.GetProperty("totalActiveHostCount").GetInt32();
    }
}
