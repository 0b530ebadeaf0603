using JcmSim.Runs;

namespace JcmSim.Cli.Tests;

public sealed class BlockSizingTests
{
    [Theory]
    [InlineData(100, 2, 50)]
    [InlineData(200, 2, 34)]
    [InlineData(256, 2, 32)]
    [InlineData(1_000, 2, 125)]
    [InlineData(10_000, 2, 128)]
    [InlineData(100_000, 16, 128)]
    [InlineData(100, 16, 7)]
    [InlineData(1, 2, 1)]
    [InlineData(0, 2, 1)]
    public void Large_runs_get_four_cache_sized_blocks_per_core_and_small_runs_one_block_per_core_and_round(int trials, int cores, int expected) =>
        Assert.Equal(expected, BlockSizing.For(trials, cores));

    [Fact]
    public void A_small_run_s_blocks_fill_whole_rounds_of_the_cores_and_none_is_needlessly_small()
    {
        foreach (var cores in new[] { 1, 2, 3, 8 })
        {
            for (var trials = 1; trials <= 4 * 32 * cores; trials++)
            {
                var size = BlockSizing.For(trials, cores);
                var blocks = (trials + size - 1) / size;
                Assert.InRange(size, 1, 128);
                // Blocks come in rounds of one per core (the last may be short by a few trials, never by a whole block).
                Assert.True(blocks % cores == 0 || blocks < cores, $"{trials} trials on {cores} cores: {blocks} blocks of {size}");
                // A block is below 32 trials only when the run cannot give every core one of 32.
                Assert.True(size >= 32 || trials < 32 * cores, $"{trials} trials on {cores} cores: blocks of {size}");
            }
        }
    }

    [Theory]
    [InlineData(100, 2)]
    [InlineData(5_000, 2)]
    [InlineData(100_000, 8)]
    public void Auto_stopping_runs_get_a_power_of_two_that_divides_a_wave(int trials, int cores)
    {
        var size = BlockSizing.For(trials, cores, autoStop: true);
        Assert.True(System.Numerics.BitOperations.IsPow2(size));
        Assert.Equal(0, PrecisionStop.WaveTrials % size);
    }
}
