namespace JcmSim.Grains.Blocks;

/// <summary>
/// Test hook: when registered in a silo's services, every block attempt on that silo calls it
/// before simulating. Throwing (or never completing until cancelled) fails the attempt, which lets
/// tests show that failed and timed-out blocks are retried with identical results. Production
/// silos register none.
/// </summary>
public interface IBlockFaultInjector
{
    /// <summary>Called on the block's silo before the attempt <paramref name="request"/> runs.</summary>
    /// <param name="request">The block attempt.</param>
    /// <param name="cancellationToken">Cancelled when the run gives up on the attempt (timeout or run cancelled).</param>
    ValueTask BeforeBlockAsync(BlockRequest request, CancellationToken cancellationToken);
}
