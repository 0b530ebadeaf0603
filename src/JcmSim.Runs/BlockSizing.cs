namespace JcmSim.Runs;

/// <summary>How many trials a block holds when the caller does not say. Results do not depend on it.</summary>
public static class BlockSizing
{
    // The largest block: small blocks keep a block's struct-of-arrays state in cache (measured on the baseline:
    // 64–128 trials per block use ~20% less CPU than 1,000+).
    private const int LargestBlock = 128;

    // Below about this many trials a block's own grain calls and activations start to show.
    private const int SmallestBalancingBlock = 32;

    /// <summary>A cache-friendly block size that gives every core several blocks, or for a small run one block per core and round.</summary>
    /// <param name="trials">Trials of the run (or of a study's point).</param>
    /// <param name="cores">Processors to keep busy.</param>
    /// <param name="autoStop">An auto-stopping run (<c>--precision</c>), whose waves end at multiples of <see cref="PrecisionStop.WaveTrials"/>.</param>
    public static int For(int trials, int cores, bool autoStop = false)
    {
        cores = Math.Max(1, cores);

        // Four blocks per core balance the cores at the end of a run.
        var perBlock = (int)Math.Ceiling(trials / (4.0 * cores));
        if (perBlock < SmallestBalancingBlock)
        {
            // A small run: blocks that small would cost more in grain calls and activations than the balance buys
            // (100 trials on 2 cores simulated in 0.35 s as 2 blocks of 50, in 0.41 s as 7 blocks of 16, medians of 6).
            // So as many rounds of one block per core as blocks of at least SmallestBalancingBlock fill, at least one.
            var rounds = Math.Max(1, trials / (SmallestBalancingBlock * cores));
            perBlock = (int)Math.Ceiling(trials / (double)(rounds * cores));
        }

        perBlock = Math.Clamp(perBlock, 1, LargestBlock);

        // Auto-stopping runs end at multiples of PrecisionStop.WaveTrials, which powers of two divide.
        return autoStop ? (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)perBlock) : perBlock;
    }
}
