namespace JcmSim.Model.Simulation;

/// <summary>How a run's trials are cut into blocks: block b holds trials b·size … min((b+1)·size, trials) − 1.</summary>
public sealed record TrialPlan(int Trials, int BlockSize)
{
    /// <summary>Number of blocks.</summary>
    public int Blocks => (Trials + BlockSize - 1) / BlockSize;

    /// <summary>First trial of block <paramref name="block"/>.</summary>
    public int FirstTrial(int block) => block * BlockSize;

    /// <summary>Number of trials in block <paramref name="block"/>.</summary>
    public int Count(int block) => Math.Min(BlockSize, Trials - FirstTrial(block));
}
