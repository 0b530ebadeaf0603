using System.Globalization;
using JcmSim.Grains.Hosting;

namespace JcmSim.Cluster.Tests.Support;

/// <summary>
/// A real JcmSim cluster on loopback, shared by the tests of a collection: a redis-server and
/// three <c>jcmsim silo</c> processes (more are started when tests kill some). Every process the
/// fixture or a test starts through it is killed at the end, also when a test fails.
/// </summary>
public sealed class LoopbackCluster : IAsyncLifetime
{
    /// <summary>Seed of every run of the cluster tests.</summary>
    public const ulong Seed = 11;

    /// <summary>
    /// Trials of every run: 16 blocks of 64, so a run lasts many blocks beyond its first checkpoints
    /// (the kills need a run still going, not a large one: no statistic is computed from it).
    /// </summary>
    public const int Trials = 1024;

    /// <summary>Trials per block of every run.</summary>
    public const int BlockSize = 64;

    private static readonly TimeSpan SiloStartTimeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder _folder = new();
    private readonly Lock _lock = new();
    private readonly List<ChildProcess> _started = [];
    private readonly List<SiloNode> _silos = [];
    private RedisServer? _redis;
    private int? _dashboardPort;
    private ClusterClient? _management;
    private Task<byte[]>? _embeddedTrials;

    /// <summary>The <c>--cluster</c> value of this cluster.</summary>
    public string ClusterArgument => Redis.ClusterArgument;

    internal IReadOnlyList<SiloNode> Silos
    {
        get
        {
            lock (_lock)
            {
                return [.. _silos];
            }
        }
    }

    /// <summary>The dashboard's address, served by the first silo (never killed by the tests).</summary>
    public Uri Dashboard => new($"http://127.0.0.1:{_dashboardPort ?? throw new InvalidOperationException("The cluster has not started.")}/");

    private RedisServer Redis => _redis ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync(_folder.Path);

        // The reference run needs no cluster: it runs while the silos start (mostly waiting for
        // their processes and the membership) instead of inside the first test that asks for it.
        _embeddedTrials = RunEmbeddedAsync();
        await StartSiloAsync(dashboard: true);
        await EnsureSilosAsync(3);

        // Connected and warmed up now, so that choosing a silo to kill mid-run takes one quick call.
        _management = await ClusterClient.ConnectAsync(ClusterAddress.Parse(ClusterArgument));
        await _management.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
    }

    public async Task DisposeAsync()
    {
        if (_management is not null)
        {
            await _management.DisposeAsync();
        }

        List<ChildProcess> started;
        lock (_lock)
        {
            started = [.. _started];
        }

        await Task.WhenAll(started.Select(p => p.DisposeAsync().AsTask()));
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _folder.Dispose();
    }

    /// <summary>A path for a test's output folder (not created).</summary>
    public string Folder(string name) => _folder.Sub(name);

    /// <summary>Starts silos until <paramref name="count"/> are running and each has joined the cluster.</summary>
    public async Task EnsureSilosAsync(int count)
    {
        int missing;
        lock (_lock)
        {
            _silos.RemoveAll(s => s.Process.HasExited);
            missing = count - _silos.Count;
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(0, missing)).Select(_ => StartSiloAsync()));
    }

    /// <summary>
    /// Starts <c>jcmsim run baseline.yaml</c> with the tests' seed, trials and block size on this
    /// cluster, writing to <paramref name="output"/> (through <c>--out</c>, or <c>--resume</c> when
    /// <paramref name="resume"/>).
    /// </summary>
    internal ChildProcess StartRun(string name, string output, bool resume = false) => Start(
        name,
        "run", Repository.Baseline,
        "--trials", Trials.ToString(CultureInfo.InvariantCulture),
        "--seed", Seed.ToString(CultureInfo.InvariantCulture),
        "--block-size", BlockSize.ToString(CultureInfo.InvariantCulture),
        "--cluster", ClusterArgument,
        resume ? "--resume" : "--out", output);

    /// <summary>
    /// trials.parquet of the same run on an embedded silo (no cluster): what every cluster run must
    /// reproduce byte for byte. Run once, started with the cluster.
    /// </summary>
    public Task<byte[]> EmbeddedTrialsAsync() => _embeddedTrials ?? throw new InvalidOperationException("The cluster has not started.");

    private async Task<byte[]> RunEmbeddedAsync()
    {
        var output = Folder("embedded");
        var run = Start(
            "embedded run",
            "run", Repository.Baseline,
            "--trials", Trials.ToString(CultureInfo.InvariantCulture),
            "--seed", Seed.ToString(CultureInfo.InvariantCulture),
            "--out", output);
        var exit = await run.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"the embedded run failed ({exit}):\n{run.Output}");
        return await File.ReadAllBytesAsync(Path.Combine(output, "trials.parquet"));
    }

    /// <summary>
    /// The silo with the most trial block activations right now, the dashboard's aside: killing it
    /// certainly kills blocks in flight. Asks the cluster through Orleans' management grain; should the cluster be too
    /// loaded to answer within a minute, any running silo (each of three runs blocks of a busy run).
    /// </summary>
    internal async Task<SiloNode> SiloRunningBlocksAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                _management ??= await ClusterClient.ConnectAsync(ClusterAddress.Parse(ClusterArgument));
                var statistics = await _management.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics().WaitAsync(TimeSpan.FromSeconds(20));
                var busiest = statistics
                    .Where(s => s.GrainType.Contains("TrialBlockGrain", StringComparison.Ordinal) && s.ActivationCount > 0)
                    .GroupBy(s => s.SiloAddress.Endpoint.Port)
                    .OrderByDescending(g => g.Sum(s => s.ActivationCount))
                    .Select(g => Silos.FirstOrDefault(n => n.SiloPort == g.Key && !n.Process.HasExited && n.DashboardPort is null))
                    .FirstOrDefault(n => n is not null);
                if (busiest is not null)
                {
                    return busiest;
                }
            }
            catch (Exception exception) when (exception is TimeoutException or OrleansException or ClusterUnavailableException)
            {
                // A heavily loaded machine can make the statistics call time out: ask again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return Silos.First(n => !n.Process.HasExited && n.DashboardPort is null);
    }

    private ChildProcess Start(string name, params string[] arguments)
    {
        var process = JcmSimProcess.Start(name, arguments);
        lock (_lock)
        {
            _started.Add(process);
        }

        return process;
    }

    private async Task StartSiloAsync(bool dashboard = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var siloPort = FreePort.Next();
            var gatewayPort = FreePort.Next();
            int? dashboardPort = dashboard ? FreePort.Next() : null;
            if (new[] { siloPort, gatewayPort, dashboardPort ?? -1 }.Distinct().Count() < 3)
            {
                continue;
            }

            string[] arguments =
            [
                "silo",
                "--cluster", ClusterArgument,
                "--port", siloPort.ToString(CultureInfo.InvariantCulture),
                "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture),
                .. dashboardPort is { } port ? ["--dashboard", port.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
            ];
            var process = Start($"silo {siloPort}", arguments);
            try
            {
                await process.WaitForLineAsync(l => l.Contains("joined the cluster", StringComparison.Ordinal), SiloStartTimeout, "its 'joined the cluster' line");
            }
            catch (TimeoutException) when (attempt < 3 && process.HasExited)
            {
                // A port chosen free was taken before the silo bound it: try others.
                continue;
            }

            lock (_lock)
            {
                _silos.Add(new SiloNode(process, siloPort, gatewayPort, dashboardPort));
            }

            _dashboardPort ??= dashboardPort;
            return;
        }
    }
}

/// <summary>The tests sharing one <see cref="LoopbackCluster"/>, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LoopbackClusterCollection : ICollectionFixture<LoopbackCluster>
{
    public const string Name = "loopback cluster";
}
