namespace JcmSim.Grains.Blocks;

/// <summary>
/// Test hook: when registered in a silo's services, every block attempt on that silo calls it
/// once its actor grains are activated and before simulating the first year. Throwing (or never
/// completing until cancelled) fails the attempt, which lets tests show that failed and timed-out
/// blocks are retried with identical results. Production silos register none.
/// </summary>
public interface IBlockFaultInjector
{
    /// <summary>Called on the block's silo when the attempt <paramref name="request"/> is about to simulate.</summary>
    /// <param name="request">The block attempt.</param>
    /// <param name="cancellationToken">Cancelled when the run gives up on the attempt (timeout or run cancelled).</param>
    ValueTask BeforeBlockAsync(BlockRequest request, CancellationToken cancellationToken);
}
