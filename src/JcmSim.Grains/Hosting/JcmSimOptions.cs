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

    /// <summary>Pause before a block that failed for another reason than a lost silo is retried. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a block whose silo could not be reached waits for the membership to change (the
    /// silo declared dead, or another one joining) before it is retried anyway, as a failed
    /// attempt. Until the membership has noticed a dead silo, random placement may keep choosing
    /// it; waiting for the change, rather than retrying at once, keeps such retries from using up
    /// the block's attempts. Default 2 minutes, above Orleans' failure detection time (seconds to
    /// tens of seconds).
    /// </summary>
    public TimeSpan SiloLossTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Compiled scenarios kept per silo. Default 64.</summary>
    public int ScenarioCacheCapacity { get; set; } = 64;
}
