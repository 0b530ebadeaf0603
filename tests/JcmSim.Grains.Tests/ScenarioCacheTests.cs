using JcmSim.Grains.Hosting;
using JcmSim.Grains.Scenarios;
using Microsoft.Extensions.Options;

namespace JcmSim.Grains.Tests;

public sealed class ScenarioCacheTests
{
    [Fact]
    public void The_same_scenario_gets_the_same_handle()
    {
        var a = ScenarioHandle.From(TestScenarios.Grains());
        var b = ScenarioHandle.From(TestScenarios.Grains());

        Assert.Equal(a, b);
        Assert.Equal(64, a.Sha256.Length);
    }

    [Fact]
    public void A_scenario_is_compiled_once_per_silo()
    {
        var cache = new CompiledScenarioCache(Options.Create(new JcmSimOptions()));
        var handle = ScenarioHandle.From(TestScenarios.Grains());

        var first = cache.Get(handle);
        var second = cache.Get(handle with { });

        Assert.Same(first, second);
        Assert.Equal(3, first.Countries.Count);
    }

    [Fact]
    public void Json_that_does_not_match_its_hash_is_rejected()
    {
        var cache = new CompiledScenarioCache(Options.Create(new JcmSimOptions()));
        var handle = ScenarioHandle.From(TestScenarios.Grains());

        Assert.Throws<ArgumentException>(() => cache.Get(handle with { Sha256 = new string('0', 64) }));
    }

    [Fact]
    public void The_least_recently_used_scenario_is_dropped_beyond_capacity()
    {
        var cache = new CompiledScenarioCache(Options.Create(new JcmSimOptions { ScenarioCacheCapacity = 1 }));
        var a = ScenarioHandle.From(TestScenarios.Grains());
        var b = ScenarioHandle.From(TestScenarios.Grains() with { Name = "other" });

        var first = cache.Get(a);
        _ = cache.Get(b);

        Assert.NotSame(first, cache.Get(a));
    }
}
