using JcmSim.Grains.Blocks;
using JcmSim.Grains.Countries;
using JcmSim.Grains.Finance;
using JcmSim.Grains.Projects;
using JcmSim.Grains.Tests.Support;

namespace JcmSim.Grains.Tests;

[Collection(FaultTestCollection.Name)]
public sealed class PlacementTests(FaultTestCluster cluster)
{
    [Fact]
    public async Task A_blocks_actor_grains_live_on_the_silo_of_its_block_grain()
    {
        var scenario = TestScenarios.Grains();
        var expected = await Runs.InProcessAsync(scenario, 21, 32, 16);

        // Hold block 1 (its actors activated) until its timeout, to look at where its grains live.
        cluster.Hooks.Reset(r => r.Block == 1 && r.Attempt == 1 ? BlockFault.HangUntilCancelled : BlockFault.None);
        var run = Runs.OnGrainsAsync(cluster.Grains, scenario, 21, 32, 16);
        var (_, held) = await cluster.Hooks.FirstHang.WaitAsync(TimeSpan.FromMinutes(1));
        var blockKey = BlockKeys.Block(held.RunId, held.Block, held.Attempt);
        var actors = new List<GrainId>
        {
            cluster.Grains.GetGrain<IProjectPortfolioGrain>(BlockKeys.Portfolio(blockKey)).GetGrainId(),
        };
        actors.AddRange(Enumerable.Range(0, 3).Select(c => cluster.Grains.GetGrain<ICountryGrain>(BlockKeys.Country(blockKey, c)).GetGrainId()));
        actors.AddRange(Enumerable.Range(0, 2).Select(k => cluster.Grains.GetGrain<IFinanceChannelGrain>(BlockKeys.Channel(blockKey, k)).GetGrainId()));
        var blockSilo = SiloOf(cluster.Grains.GetGrain<ITrialBlockGrain>(blockKey).GetGrainId());
        var actorSilos = actors.Select(SiloOf).ToList();
        var actual = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.All(actorSilos, silo => Assert.Equal(blockSilo, silo));
        ResultAssert.SameBlocks(expected, actual);
    }

    private SiloAddress SiloOf(GrainId grain)
    {
        Assert.True(cluster.Cluster.TryGetGrainContext(grain, out var context), $"{grain} is not active");
        return context.Address.SiloAddress ?? throw new InvalidOperationException($"{grain} has no silo");
    }
}
