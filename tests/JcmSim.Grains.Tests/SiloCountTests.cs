using JcmSim.Grains.Hosting;
using JcmSim.Grains.Tests.Support;

namespace JcmSim.Grains.Tests;

[Collection(ThreeSiloCollection.Name)]
public sealed class SiloCountTests(ThreeSiloCluster cluster)
{
    [Fact]
    public async Task One_embedded_silo_and_three_silos_give_identical_results()
    {
        var scenario = TestScenarios.Grains();
        List<Model.Outcomes.TrialBlockResult> oneSilo;
        await using (var silo = await EmbeddedSilo.StartAsync())
        {
            Assert.Equal(1, silo.SiloCount);
            oneSilo = await Runs.OnGrainsAsync(silo.Grains, scenario, 11, 200, 9);
        }

        var threeSilos = await Runs.OnGrainsAsync(cluster.Grains, scenario, 11, 200, 9);

        ResultAssert.ContiguousTrials(oneSilo, 200);
        ResultAssert.SameBlocks(oneSilo, threeSilos);
    }

    [Fact]
    public async Task Two_embedded_silos_run_side_by_side()
    {
        var scenario = TestScenarios.Grains();
        await using var first = await EmbeddedSilo.StartAsync();
        await using var second = await EmbeddedSilo.StartAsync();

        var a = Runs.OnGrainsAsync(first.Grains, scenario, 5, 40, 8);
        var b = Runs.OnGrainsAsync(second.Grains, scenario, 5, 40, 8);

        ResultAssert.SameBlocks(await a, await b);
    }
}
