using JcmSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace JcmSim.Grains.Tests.Support;

/// <summary>An in-process Orleans test cluster with JcmSim on every silo and the block hooks installed.</summary>
public abstract class ClusterFixture(short silos, Action<JcmSimOptions>? configure, Action<InProcessTestClusterBuilder>? customize = null) : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    internal BlockHooks Hooks { get; } = new();

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((options, silo) =>
        {
            silo.AddJcmSim(configure);
            silo.Services.AddSingleton(Hooks.For(options.SiloName));
        });
        customize?.Invoke(builder);
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>Three silos with the default JcmSim options.</summary>
public sealed class ThreeSiloCluster() : ClusterFixture(3, null);

/// <summary>
/// Two silos tuned for fault tests: a short block timeout, three attempts and no pause between
/// them, so retries and timeouts happen within a test's time.
/// </summary>
public sealed class FaultTestCluster() : ClusterFixture(2, options =>
{
    options.BlockTimeout = TimeSpan.FromSeconds(2);
    options.MaxBlockAttempts = 3;
    options.RetryDelay = TimeSpan.Zero;
});

/// <summary>
/// Three silos for the tests that kill silos: a pause before retries so membership can learn of
/// a death, a block timeout as a backstop for calls to a dead silo, and short response timeouts
/// so a client whose run grain died notices within seconds (the run stream's heartbeats come
/// every half silo response timeout, so the client's must be longer).
/// </summary>
public sealed class KillableCluster() : ClusterFixture(
    3,
    options =>
    {
        options.BlockTimeout = TimeSpan.FromSeconds(20);
        options.RetryDelay = TimeSpan.FromSeconds(1);
    },
    builder =>
    {
        builder.ConfigureSilo((_, silo) => silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(4)));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(6)));
    });

[CollectionDefinition(Name)]
public sealed class KillableCollection : ICollectionFixture<KillableCluster>
{
    public const string Name = "killable";
}

[CollectionDefinition(Name)]
public sealed class ThreeSiloCollection : ICollectionFixture<ThreeSiloCluster>
{
    public const string Name = "three silos";
}

[CollectionDefinition(Name)]
public sealed class FaultTestCollection : ICollectionFixture<FaultTestCluster>
{
    public const string Name = "fault tests";
}
