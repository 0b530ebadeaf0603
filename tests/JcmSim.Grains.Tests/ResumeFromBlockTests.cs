using JcmSim.Grains.Running;
using JcmSim.Grains.Tests.Support;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Tests;

/// <summary>A run started from a later block (how an interrupted run continues) yields exactly the rest of the run.</summary>
[Collection(ThreeSiloCollection.Name)]
public sealed class ResumeFromBlockTests(ThreeSiloCluster cluster)
{
    private const ulong Seed = 5;
    private const int Trials = 120;
    private const int BlockSize = 16;

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task A_run_from_a_later_block_yields_the_remaining_blocks_bit_for_bit(int firstBlock)
    {
        var scenario = TestScenarios.Grains();
        var expected = await Runs.InProcessAsync(scenario, Seed, Trials, BlockSize);

        var actual = new List<TrialBlockResult>();
        await foreach (var block in GrainRunner.RunAsync(cluster.Grains, scenario, Seed, new TrialPlan(Trials, BlockSize), maxParallelBlocks: 0, firstBlock))
        {
            actual.Add(block);
        }

        ResultAssert.SameBlocks(expected.Skip(firstBlock).ToList(), actual);
    }

    [Fact]
    public async Task A_run_from_past_its_last_block_yields_nothing()
    {
        var plan = new TrialPlan(Trials, BlockSize);

        var blocks = await GrainRunner.RunAsync(cluster.Grains, TestScenarios.Grains(), Seed, plan, 0, plan.Blocks).CountAsync();

        Assert.Equal(0, blocks);
    }
}
