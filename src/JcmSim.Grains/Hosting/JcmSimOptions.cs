namespace JcmSim.Grains.Hosting;

/// <summary>How a silo runs JcmSim's blocks; set through <c>AddJcmSim(options => …)</c>.</summary>
public sealed class JcmSimOptions
{
    /// <summary>
    /// Upper bound of <see cref="BlockTimeout"/>: the response timeout declared on the block
    /// grain's method, beyond which Orleans itself abandons the call.
    /// </summary>
    public static readonly TimeSpan MaxBlockTimeout = TimeSpan.FromHours(6);

    /// <summary>Attempts per block before the run fails (1 = no retry). Default 5.</summary>
    public int MaxBlockAttempts { get; set; } = 5;

    /// <summary>
    /// Time one block attempt may take before it is cancelled and retried. Default 30 minutes,
    /// far above what a block of 4096 trials needs, so only a hung attempt reaches it.
    /// </summary>
    public TimeSpan BlockTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Pause before a block is retried, so a dead silo can leave the membership first. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Compiled scenarios kept per silo. Default 64.</summary>
    public int ScenarioCacheCapacity { get; set; } = 64;
}
